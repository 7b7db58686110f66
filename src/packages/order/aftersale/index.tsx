import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { whenLinked } from '../../../api/result'
import { Image, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { AfterSaleKind, AfterSaleReasonCode } from '@cloud/contracts/aftersale'
import type { OrderDetail } from '@cloud/contracts/order'
import { callAction, type ClientError } from '../../../api'
import { uploadMedia } from '../../../api/upload'
import { ErrorState, LoadingSkeleton, Price } from '../../../components'
import { ActionError, AFTER_SALE_KIND_KEYS } from '../../../components/order-card'
import type { MessageKey } from '../../../i18n/dictionaries'
import { applyChrome, useLocale } from '../../../state/locale'
import { QuantityStepper } from '../../../components/quantity-stepper'
import { useRemote } from '../../../state/useRemote'
import { afterSaleFormProblem, chosenLines, remainingQuantity, setLineQuantity, toggleLine, type LineChoice } from './selection'
import './index.scss'

const KINDS = Object.keys(AFTER_SALE_KIND_KEYS) as AfterSaleKind[]
/**
 * Common reasons, offered as chips; the chosen one fills the reason box in the shopper's language and
 * sends its code (what the shop counts for quality flags). Typing freely keeps the last code chosen.
 */
const REASONS: [AfterSaleReasonCode, MessageKey][] = (['sizeMismatch', 'flaw', 'notAsDescribed', 'colourDiff', 'damaged', 'wrongItem', 'changedMind'] as const).map((code) => [code, `afterSaleReason.${code}`])
const MAX_PHOTOS = 3

/** Ask for a refund, a return or an exchange of some lines of an order, with a reason and optional photos. */
export default function AfterSaleRequestPage() {
  const orderId = useRouter().params.id ?? ''
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.afterSale'))
  const { remote, reload } = useRemote(() => whenLinked(orderId, () => callAction('shop', 'order.get', { orderId })), [orderId])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={remote.error.code === 'NOT_FOUND' ? undefined : () => void reload()} />
  if (!remote.data.can.requestAfterSale) {
    return (
      <ErrorState
        title={t('afterSale.unavailable')}
        error={{ code: 'CONFLICT', message: t('afterSale.unavailableHint') }}
      />
    )
  }
  return <AfterSaleForm order={remote.data} />
}

function AfterSaleForm({ order }: { order: OrderDetail }) {
  const { t } = useLocale()
  const [kind, setKind] = useState<AfterSaleKind>('refund_only')
  const [choice, setChoice] = useState<LineChoice>({})
  const [reason, setReason] = useState('')
  const [reasonCode, setReasonCode] = useState<AfterSaleReasonCode>('other')
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
        console.warn('aftersale: photo upload failed', cause)
        setError({ code: 'NETWORK', key: 'afterSale.photoUploadFailed', message: 'afterSale.photoUploadFailed' })
      }
    }
    setUploading(false)
  }

  const submit = async () => {
    const problem = afterSaleFormProblem(choice, reason)
    if (problem) return setError({ code: 'INVALID_INPUT', key: problem, message: problem })
    if (sending) return
    setSending(true)
    setError(null)
    const result = await callAction('shop', 'aftersale.request', { orderId: order._id, kind, lines: chosenLines(choice), reason: reason.trim(), reasonCode, photos })
    setSending(false)
    if (!result.ok) return setError(result.error)
    void Taro.navigateBack()
  }

  return (
    <View className='aftersale-form' data-testid='aftersale-form'>
      <ActionError error={error} onDismiss={() => setError(null)} />

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>{t('afterSale.type')}</Text>
        <View className='aftersale-form__chips'>
          {KINDS.map((key) => (
            <Text key={key} className={`aftersale-form__chip${key === kind ? ' aftersale-form__chip--on' : ''}`} data-testid={`aftersale-kind-${key}`} onClick={() => setKind(key)}>
              {t(AFTER_SALE_KIND_KEYS[key])}
            </Text>
          ))}
        </View>
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>{t('afterSale.items')}</Text>
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
                <Text data-product-data>{item.title}</Text>
                <Text className='aftersale-line__muted'>
                  <Text data-product-data>{item.skuName}</Text> · {t('afterSale.paidShare')} <Price fen={item.paidShare} />
                </Text>
                {left === 0 ? <Text className='aftersale-line__muted'>{t('afterSale.fullyRefunded')}</Text> : null}
              </View>
              {chosen && left > 1 ? <QuantityStepper value={chosen} stock={left} onChange={(n) => setChoice(setLineQuantity(choice, item, n))} /> : null}
            </View>
          )
        })}
        <Text className='aftersale-line__muted'>{t('afterSale.shareNote')}</Text>
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>{t('afterSale.reason')}</Text>
        <View className='aftersale-form__chips'>
          {REASONS.map(([code, key]) => (
            <Text
              key={key}
              data-testid={`aftersale-reason-${code}`}
              className={`aftersale-form__chip${reason === t(key) ? ' aftersale-form__chip--on' : ''}`}
              onClick={() => {
                setReason(t(key))
                setReasonCode(code)
              }}
            >
              {t(key)}
            </Text>
          ))}
        </View>
        <Textarea
          className='aftersale-form__reason'
          data-testid='aftersale-reason'
          value={reason}
          maxlength={200}
          placeholder={t('afterSale.reasonPlaceholder')}
          onInput={(event) => setReason(event.detail.value)}
        />
      </View>

      <View className='aftersale-form__section'>
        <Text className='aftersale-form__heading'>{t('afterSale.photos', { max: MAX_PHOTOS })}</Text>
        <View className='aftersale-form__photos'>
          {photos.map((src) => (
            <Image key={src} className='aftersale-form__photo' src={src} mode='aspectFill' onClick={() => setPhotos(photos.filter((p) => p !== src))} />
          ))}
          {photos.length < MAX_PHOTOS ? (
            <View className='aftersale-form__photo aftersale-form__photo--add' onClick={() => void addPhotos()}>
              <Text>{uploading ? t('afterSale.uploading') : '+'}</Text>
            </View>
          ) : null}
        </View>
      </View>

      <View className='aftersale-form__actions'>
        <Button type='primary' block loading={sending} disabled={sending || uploading} data-testid='aftersale-submit' onClick={() => void submit()}>
          {t('afterSale.submit')}
        </Button>
      </View>
    </View>
  )
}
