import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Image, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Address } from '@cloud/contracts/address'
import type { CheckoutSource, Quote } from '@cloud/contracts/checkout'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton, Price } from '../../../components'
import { AddressCard } from '../../../components/address-card'
import { ActionError, CART_INVALID_LABELS } from '../../../components/order-card'
import { PriceLines } from '../../../components/price-lines'
import { routes } from '../../../routes'
import { refreshCartBadge } from '../../../state/cart-badge'
import type { Remote } from '../../../state/useRemote'
import { takePickedAddress } from '../_shared/address-pick'
import { newClientRequestId } from '../_shared/client-request-id'
import { describeCreateError } from '../_shared/order-errors'
import { usePayFlow } from '../_shared/use-pay-flow'
import { addressFromWeChat } from './wechat-address'
import { checkoutSourceFromQuery } from './source'
import './index.scss'

/** Confirm order: where to send it, what it costs line by line (the server's quote), a remark, submit and pay. */
export default function CheckoutPage() {
  const params = useRouter().params
  const source = useMemo(() => checkoutSourceFromQuery(params), [params.from, params.productId, params.skuId, params.quantity])
  if (!source) {
    return <ErrorState error={{ code: 'INVALID_INPUT', message: '结算参数不完整 / the checkout link is incomplete' }} />
  }
  return <Checkout source={source} />
}

function Checkout({ source }: { source: CheckoutSource }) {
  const [addresses, setAddresses] = useState<Remote<Address[]>>({ status: 'loading' })
  const [addressId, setAddressId] = useState<string | null>(null)
  const [quote, setQuote] = useState<Remote<Quote>>({ status: 'loading' })
  const [remark, setRemark] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [createError, setCreateError] = useState<ClientError | null>(null)
  // One id per visit: a double tap or a retry after a lost reply gets the first order back.
  const clientRequestId = useRef(newClientRequestId())
  const createdOrder = useRef<{ orderId: string; orderNo: string; payable: number } | null>(null)

  const pay = usePayFlow({
    // The order exists now; leaving it unpaid shows it with its countdown and a pay button.
    onAbandon: (orderId) => void Taro.redirectTo({ url: routes.orderDetail(orderId) }),
  })

  const loadAddresses = useCallback(async (prefer?: string | null) => {
    const result = await callAction('shop', 'address.list', {})
    if (!result.ok) {
      setAddresses({ status: 'failed', error: result.error })
      return
    }
    setAddresses({ status: 'ready', data: result.data })
    setAddressId((current) => {
      const wanted = prefer ?? current
      if (wanted && result.data.some((a) => a._id === wanted)) return wanted
      return (result.data.find((a) => a.isDefault) ?? result.data[0])?._id ?? null
    })
  }, [])

  // Back from the address book: take the picked address, and pick up any address added there.
  useDidShow(() => {
    void loadAddresses(takePickedAddress())
  })

  const loadQuote = useCallback(async () => {
    setQuote((current) => (current.status === 'ready' ? current : { status: 'loading' }))
    const result = await callAction('shop', 'checkout.quote', { source, ...(addressId ? { addressId } : {}) })
    setQuote(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', error: result.error })
  }, [source, addressId])

  useEffect(() => {
    void loadQuote()
  }, [loadQuote])

  const chooseWeChatAddress = async () => {
    try {
      const picked = await Taro.chooseAddress()
      const saved = await callAction('shop', 'address.save', addressFromWeChat(picked))
      if (saved.ok) void loadAddresses(saved.data._id)
      else setCreateError(saved.error)
    } catch {
      // The shopper closed WeChat's picker: nothing to do.
    }
  }

  const submitInFlight = useRef(false)
  const submit = async () => {
    // A ref, not state: two taps in one frame both see the old state. (The server is idempotent on
    // clientRequestId anyway; this just avoids the second round trip.)
    if (submitInFlight.current || !addressId || quote.status !== 'ready') return
    // Already placed on an earlier tap whose payment was interrupted: pay that order, never a new one.
    if (createdOrder.current) {
      void pay.start(createdOrder.current)
      return
    }
    submitInFlight.current = true
    setSubmitting(true)
    setCreateError(null)
    const result = await callAction('shop', 'order.create', {
      clientRequestId: clientRequestId.current,
      source,
      addressId,
      ...(remark.trim() ? { remark: remark.trim() } : {}),
    })
    submitInFlight.current = false
    setSubmitting(false)
    if (!result.ok) {
      setCreateError(result.error)
      // Stock moved under us: show the fresh quote so the shopper sees what is short.
      if (result.error.code === 'SOLD_OUT' || result.error.code === 'CONFLICT') void loadQuote()
      return
    }
    createdOrder.current = { orderId: result.data.orderId, orderNo: result.data.orderNo, payable: result.data.payable }
    if ('fromCart' in source) void refreshCartBadge()
    void pay.start(createdOrder.current)
  }

  if (quote.status === 'loading' || addresses.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (quote.status === 'failed') return <ErrorState error={quote.error} onRetry={() => void loadQuote()} />
  if (addresses.status === 'failed') return <ErrorState error={addresses.error} onRetry={() => void loadAddresses()} />

  const data = quote.data
  const address = addresses.data.find((a) => a._id === addressId) ?? null
  if (data.items.length === 0) {
    return <EmptyState testId='checkout-empty' title='没有要结算的商品 / Nothing to check out' hint='请回到购物车勾选商品 / Select items in your cart first' />
  }
  const blocked = !address ? '请先填写收货地址 / add a delivery address first' : !data.canOrder ? '部分商品暂不可购买，请返回调整 / some items cannot be bought now' : null

  return (
    <View className='checkout-page' data-testid='checkout-page'>
      <ActionError error={createError} message={createError ? describeCreateError(createError) : undefined} onDismiss={() => setCreateError(null)} />
      <ActionError error={pay.error} onDismiss={pay.clearError} />

      <View className='checkout-page__section'>
        {address ? (
          <AddressCard address={address} isDefault={address.isDefault} testId='checkout-address' onTap={() => void Taro.navigateTo({ url: routes.addressList(true) })} />
        ) : (
          <View className='checkout-page__no-address' data-testid='checkout-add-address' onClick={() => void Taro.navigateTo({ url: routes.addressEdit() })}>
            <Text>+ 添加收货地址 / Add a delivery address</Text>
          </View>
        )}
        {process.env.TARO_ENV === 'weapp' ? (
          <Text className='checkout-page__wechat-address' onClick={() => void chooseWeChatAddress()}>
            使用微信收货地址 / Use my WeChat address
          </Text>
        ) : null}
      </View>

      <View className='checkout-page__section checkout-page__items'>
        {data.items.map((item) => (
          <View key={item.skuId} className={`checkout-item${item.valid ? '' : ' checkout-item--invalid'}`} data-testid='checkout-item'>
            <Image className='checkout-item__cover' src={item.cover} mode='aspectFill' />
            <View className='checkout-item__body'>
              <Text className='checkout-item__title'>{item.title}</Text>
              <Text className='checkout-item__sku'>{item.skuName}</Text>
              {item.invalidReason ? <Text className='checkout-item__reason'>{CART_INVALID_LABELS[item.invalidReason]}</Text> : null}
            </View>
            <View className='checkout-item__price'>
              <Price fen={item.unitPrice} />
              <Text className='checkout-item__qty'>× {item.quantity}</Text>
            </View>
          </View>
        ))}
      </View>

      <View className='checkout-page__section'>
        <PriceLines lines={data.lines} payable={data.payable} />
      </View>

      <View className='checkout-page__section'>
        <Text className='checkout-page__label'>订单备注 / Remark</Text>
        <Textarea
          className='checkout-page__remark'
          data-testid='checkout-remark'
          value={remark}
          maxlength={200}
          placeholder='选填，如刻字、包装要求 / optional, e.g. gift wrapping'
          onInput={(event) => setRemark(event.detail.value)}
        />
      </View>

      <View className='checkout-page__bar'>
        <View className='checkout-page__total'>
          <Text>应付 </Text>
          <Price fen={data.payable} size='large' testId='checkout-payable' />
        </View>
        <Button
          type='primary'
          data-testid='checkout-submit'
          loading={submitting || pay.starting}
          disabled={blocked !== null || submitting || pay.starting}
          onClick={() => void submit()}
        >
          提交订单 / Place order
        </Button>
      </View>
      {blocked ? (
        <Text className='checkout-page__blocked' data-testid='checkout-blocked'>
          {blocked}
        </Text>
      ) : null}
      {pay.sheetElement}
    </View>
  )
}
