import '@/i18n/all-messages'
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
import { ActionError } from '../../../components/order-card'
import { PriceLines } from '../../../components/price-lines'
import { routes } from '../../../routes'
import { refreshCartBadge } from '../../../state/cart-badge'
import { applyChrome, useLocale } from '../../../state/locale'
import type { Remote } from '../../../state/useRemote'
import { leaveDraftAddress, takePickedAddress } from '../_shared/address-pick'
import { newClientRequestId } from '../_shared/client-request-id'
import { describeCreateError } from '../_shared/order-errors'
import { usePayFlow } from '../_shared/use-pay-flow'
import { emptyAddressForm, formFromWeChat, toSaveInput } from '../address-edit/address-form'
import { checkoutSourceFromQuery } from './source'
import { CouponPicker, type CouponChoice } from './coupon-picker'
import { DiyRing } from '../../../components/diy-ring'
import './index.scss'

/** The bracelet's own preview instead of a product picture (colours are not known here: a neutral ring). */
function DiyCheckoutCover({ source }: { source: { diy: { beads: string[]; charmId?: string } } }) {
  const beads = source.diy.beads.map((id) => ({ key: id, beadMm: 8, color: '#b9a3c9' }))
  return (
    <View className='checkout-item__cover' data-testid='checkout-diy-cover'>
      <DiyRing beads={beads} charm={source.diy.charmId ? { key: source.diy.charmId, beadMm: 10, color: '#c0c4c8' } : null} box={60} />
    </View>
  )
}

/** Confirm order: where to send it, what it costs line by line (the server's quote), a remark, submit and pay. */
/** Asked when the shopper turns points on: the server spends at most what the rules allow. */
const MAX_POINTS_ASKED = 100_000_000

export default function CheckoutPage() {
  const params = useRouter().params
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.checkout'))
  const source = useMemo(() => checkoutSourceFromQuery(params), [params.from, params.productId, params.skuId, params.quantity, params.flashSaleId, params.groupOfferId, params.groupId, params.ring, params.charm, params.wrist])
  if (!source) {
    return <ErrorState error={{ code: 'INVALID_INPUT', message: t('checkout.badLink') }} />
  }
  return <Checkout source={source} />
}

function Checkout({ source }: { source: CheckoutSource }) {
  const { t, locale } = useLocale()
  const [addresses, setAddresses] = useState<Remote<Address[]>>({ status: 'loading' })
  const [addressId, setAddressId] = useState<string | null>(null)
  const [quote, setQuote] = useState<Remote<Quote>>({ status: 'loading' })
  const [remark, setRemark] = useState('')
  const [couponChoice, setCouponChoice] = useState<CouponChoice>(undefined)
  // Points pay only when the shopper says so; the server caps what they may pay (balance, share of the order).
  const [usePoints, setUsePoints] = useState(false)
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
    const result = await callAction('shop', 'checkout.quote', {
      source,
      ...(addressId ? { addressId } : {}),
      ...(couponChoice !== undefined ? { couponId: couponChoice } : {}),
      ...(usePoints ? { usePoints: MAX_POINTS_ASKED } : {}),
    })
    setQuote(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', error: result.error })
  }, [source, addressId, couponChoice, usePoints])

  useEffect(() => {
    void loadQuote()
  }, [loadQuote])

  const chooseWeChatAddress = async () => {
    let picked: Taro.chooseAddress.SuccessCallbackResult
    try {
      picked = await Taro.chooseAddress()
    } catch {
      // The shopper closed WeChat's picker: nothing to do.
      return
    }
    const form = formFromWeChat(picked, emptyAddressForm())
    const saved = await callAction('shop', 'address.save', toSaveInput(form))
    if (saved.ok) void loadAddresses(saved.data._id)
    // WeChat named the region otherwise than the shop's dataset (or a field is off): fix it in the form.
    else if (saved.error.code === 'INVALID_INPUT') {
      leaveDraftAddress(form)
      void Taro.navigateTo({ url: routes.addressEdit() })
    } else setCreateError(saved.error)
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
      // exactly the coupon the shown quote applied (none when it applied none)
      couponId: quote.data.coupons?.chosenId ?? null,
      // exactly the points the shown quote spent
      ...(quote.data.points?.used ? { usePoints: quote.data.points.used } : {}),
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
    return <EmptyState testId='checkout-empty' title={t('checkout.empty')} hint={t('checkout.emptyHint')} />
  }
  const blocked = !address ? t('checkout.needAddress') : !data.canOrder ? t('checkout.cannotOrder') : null

  return (
    <View className='checkout-page' data-testid='checkout-page'>
      <ActionError error={createError} message={createError ? describeCreateError(createError, locale) : undefined} onDismiss={() => setCreateError(null)} />
      <ActionError error={pay.error} onDismiss={pay.clearError} />

      <View className='checkout-page__section'>
        {address ? (
          <AddressCard address={address} isDefault={address.isDefault} tag={address.tag} testId='checkout-address' onTap={() => void Taro.navigateTo({ url: routes.addressList(true) })} />
        ) : (
          <View className='checkout-page__no-address' data-testid='checkout-add-address' onClick={() => void Taro.navigateTo({ url: routes.addressEdit() })}>
            <Text>{t('checkout.addAddress')}</Text>
          </View>
        )}
        {process.env.TARO_ENV === 'weapp' ? (
          <Text className='checkout-page__wechat-address' onClick={() => void chooseWeChatAddress()}>
            {t('checkout.wechatAddress')}
          </Text>
        ) : null}
      </View>

      <View className='checkout-page__section checkout-page__items'>
        {data.items.map((item) => (
          <View key={item.skuId} className={`checkout-item${item.valid ? '' : ' checkout-item--invalid'}`} data-testid='checkout-item'>
            {'diy' in source ? (
              <DiyCheckoutCover source={source} />
            ) : (
              <Image className='checkout-item__cover' src={item.cover} mode='aspectFill' />
            )}
            <View className='checkout-item__body'>
              <Text className='checkout-item__title' data-product-data>
                {'diy' in source ? `${t('diy.lineTitle')} · ` : ''}
                {item.title}
              </Text>
              <Text className='checkout-item__sku' data-product-data>
                {item.skuName}
              </Text>
              {item.invalidReason ? <Text className='checkout-item__reason'>{t(`cartInvalid.${item.invalidReason}`)}</Text> : null}
            </View>
            <View className='checkout-item__price'>
              <Price fen={item.unitPrice} />
              <Text className='checkout-item__qty'>× {item.quantity}</Text>
            </View>
          </View>
        ))}
      </View>

      {data.coupons ? (
        <View className='checkout-page__section'>
          <CouponPicker coupons={data.coupons} onChoose={setCouponChoice} />
        </View>
      ) : null}

      {data.points && data.points.balance > 0 ? (
        <View className='checkout-page__section checkout-page__points' data-testid='checkout-use-points' data-on={usePoints ? 'true' : 'false'} onClick={() => setUsePoints((on) => !on)}>
          <Text>{t('checkout.usePoints', { balance: data.points.balance })}</Text>
          <Text className='checkout-page__points-state'>{usePoints ? t('checkout.pointsOn', { used: data.points.used }) : t('checkout.pointsOff')}</Text>
        </View>
      ) : null}

      <View className='checkout-page__section'>
        <PriceLines lines={data.lines} payable={data.payable} />
      </View>

      <View className='checkout-page__section'>
        <Text className='checkout-page__label'>{t('checkout.remark')}</Text>
        <Textarea
          className='checkout-page__remark'
          data-testid='checkout-remark'
          value={remark}
          maxlength={200}
          placeholder={t('checkout.remarkPlaceholder')}
          onInput={(event) => setRemark(event.detail.value)}
        />
      </View>

      <View className='checkout-page__bar'>
        <View className='checkout-page__total'>
          <Text>{t('checkout.payable')} </Text>
          <Price fen={data.payable} size='large' testId='checkout-payable' />
        </View>
        <Button
          type='primary'
          data-testid='checkout-submit'
          loading={submitting || pay.starting}
          disabled={blocked !== null || submitting || pay.starting}
          onClick={() => void submit()}
        >
          {t('checkout.submit')}
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
