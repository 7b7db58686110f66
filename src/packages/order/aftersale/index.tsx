import Taro, { useRouter } from '@tarojs/taro'
import { Image, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AfterSaleKind } from '@cloud/contracts/aftersale'
import type { OrderDetail } from '@cloud/contracts/order'
import { callAction, type ClientError } from '../../../api'
import { uploadMedia } from '../../../api/upload'
import { ErrorState, LoadingSkeleton, Price } from '../../../components'
import { ActionError, AFTER_SALE_KIND_LABELS } from '../../../components/order-card'
import { QuantityStepper } from '../../../components/quantity-stepper'
import { useRemote } from '../../../state/useRemote'
import { afterSaleFormProblem, chosenLines, remainingQuantity, setLineQuantity, toggleLine, type LineChoice } from './selection'
import './index.scss'

const KINDS = Object.keys(AFTER_SALE_KIND_LABELS) as AfterSaleKind[]
const REASONS = ['不想要了 / Changed my mind', '与描述不符 / Not as described', '商品破损 / Arrived damaged', '发错货 / Wrong item']
const MAX_PHOTOS = 3

/** Ask for a refund, a return or an exchange of some lines of an order, with a reason and optional photos. */
export default function AfterSaleRequestPage() {
  const orderId = useRouter().params.id ?? ''
  const { remote, reload } = useRemote(() => callAction('shop', 'order.get', { orderId }), [orderId])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={remote.error.code === 'NOT_FOUND' ? undefined : () => void reload()} />
  if (!remote.data.can.requestAfterSale) {
    return (
      <ErrorState
        title='该订单暂不能申请售后 / After-sales not available'
        error={{ code: 'CONFLICT', message: '订单可能已有进行中的售后，或尚未付款 / the order may already have an open request, or is not paid yet' }}
      />
    )
  }
  return <AfterSaleForm order={remote.data} />
}

function AfterSaleForm({ order }: { order: OrderDetail }) {
  const [kind, setKind] = useState<AfterSaleKind>('refund_only')
  const [choice, setChoice] = useState<LineChoice>({})
  const [reason, setReason] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)

  const addPhotos = async () => {
    let picked: string[]
    try {
      picked = (await Taro.chooseImage({ count: MAX_PHOTOS - photos.length, sizeType: ['compressed'] })).tempFilePaths
    } catch {
      return // closed the picker
    }
    setUploading(true)
    for (const path of picked) {
      try {
        const uploaded = await uploadMedia(path, 'aftersale')
        setPhotos((current) => [...current, uploaded.url].slice(0, MAX_PHOTOS))
      } catch (cause) {
        setError({ code: 'NETWORK', message: `图片上传失败，请重试 / photo upload failed (${cause instanceof Error ? cause.message : String(cause)})` })
      }
    }
    setUploading(false)
  }

  const submit = async () => {
    const problem = afterSaleFormProblem(choice, reason)
    if (problem) return setError({ code: 'INVALID_INPUT', message: problem })
    if (sending) return
    setSending(true)
    setError(null)
    const result = await callAction('shop', 'aftersale.request', { orderId: order._id, kind, lines: chosenLines(choice), reason: reason.trim(), photos })
    setSending(false)
    if (!result.ok) return setError(result.error)
    void Taro.navigateBack()
  }

  return (
    <View className='aftersale-form' data-testid='aftersale-form'>
      <ActionError error={error} onDismiss={() => setError(null)} />

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>售后类型 / Type</Text>
        <View className='aftersale-form__chips'>
          {KINDS.map((key) => (
            <Text key={key} className={`aftersale-form__chip${key === kind ? ' aftersale-form__chip--on' : ''}`} data-testid={`aftersale-kind-${key}`} onClick={() => setKind(key)}>
              {AFTER_SALE_KIND_LABELS[key]}
            </Text>
          ))}
        </View>
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>选择商品 / Items</Text>
        {order.items.map((item) => {
          const left = remainingQuantity(item)
          const chosen = choice[item.skuId]
          return (
            <View key={item.skuId} className={`aftersale-line${left === 0 ? ' aftersale-line--done' : ''}`} data-testid='aftersale-line' data-sku-id={item.skuId}>
              <View
                className={`aftersale-line__check${chosen ? ' aftersale-line__check--on' : ''}`}
                data-testid='aftersale-line-select'
                onClick={() => setChoice(toggleLine(choice, item))}
              />
              <Image className='aftersale-line__cover' src={item.cover} mode='aspectFill' />
              <View className='aftersale-line__body'>
                <Text>{item.title}</Text>
                <Text className='aftersale-line__muted'>
                  {item.skuName} · 实付 <Price fen={item.paidShare} />
                </Text>
                {left === 0 ? <Text className='aftersale-line__muted'>已全部退款 / fully refunded</Text> : null}
              </View>
              {chosen && left > 1 ? <QuantityStepper value={chosen} stock={left} onChange={(n) => setChoice(setLineQuantity(choice, item, n))} /> : null}
            </View>
          )
        })}
        <Text className='aftersale-line__muted'>退款金额按该商品实际支付的分摊计算，以审核结果为准 / Refunds are each item’s share of what you paid</Text>
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>原因 / Reason</Text>
        <View className='aftersale-form__chips'>
          {REASONS.map((text) => (
            <Text key={text} className={`aftersale-form__chip${reason === text ? ' aftersale-form__chip--on' : ''}`} onClick={() => setReason(text)}>
              {text}
            </Text>
          ))}
        </View>
        <Textarea
          className='aftersale-form__reason'
          data-testid='aftersale-reason'
          value={reason}
          maxlength={200}
          placeholder='请描述问题 / describe the problem'
          onInput={(event) => setReason(event.detail.value)}
        />
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>照片（选填，最多 {MAX_PHOTOS} 张）/ Photos (optional)</Text>
        <View className='aftersale-form__photos'>
          {photos.map((src) => (
            <Image key={src} className='aftersale-form__photo' src={src} mode='aspectFill' onClick={() => setPhotos(photos.filter((p) => p !== src))} />
          ))}
          {photos.length < MAX_PHOTOS ? (
            <View className='aftersale-form__photo aftersale-form__photo--add' onClick={() => void addPhotos()}>
              <Text>{uploading ? '上传中…' : '+'}</Text>
            </View>
          ) : null}
        </View>
      </View>

      <View className='aftersale-form__actions'>
        <Button type='primary' block loading={sending} disabled={sending || uploading} data-testid='aftersale-submit' onClick={() => void submit()}>
          提交申请 / Submit
        </Button>
      </View>
    </View>
  )
}
