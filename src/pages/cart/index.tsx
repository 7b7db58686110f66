import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useCallback, useRef, useState } from 'react'
import type { CartLine, CartView } from '@cloud/contracts/cart'
import { callAction, type ClientError, type ClientResult } from '../../api'
import { EmptyState, ErrorState, LoadingSkeleton, Price } from '../../components'
import { routes, TAB_PAGES } from '../../routes'
import { buyableLines, checkoutBlockedReason, invalidLines, isAllSelected } from '../../state/cart'
import { showCartBadge } from '../../state/cart-badge'
import { applyChrome, useLocale } from '../../state/locale'
import type { Remote } from '../../state/useRemote'
import { CartLineRow } from './_components/cart-line'
import './index.scss'

/**
 * On H5 the tab bar is part of the page and would cover the bottom bar; WeChat's native tab bar is
 * not. Inline because Taro's CSS pipeline rewrites var(--taro-tabbar-height) in stylesheets.
 */
const TAB_BAR_OFFSET = process.env.TARO_ENV === 'h5' ? { bottom: 'var(--taro-tabbar-height, 50px)' } : undefined

/**
 * The shopper's cart, kept on the server: every change goes to the server and the page shows the
 * cart it sends back (quantities capped by stock, invalid lines flagged, the selected total).
 */
export default function CartPage() {
  const { t, error: describe } = useLocale()
  const [remote, setRemote] = useState<Remote<CartView>>({ status: 'loading' })
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<ClientError | null>(null)
  // A tap during a change in flight would act on a cart that is about to change: one at a time.
  const inFlight = useRef(false)
  const loadedOnce = useRef(false)

  const load = useCallback(async () => {
    const result = await callAction('shop', 'cart.get', {})
    if (result.ok) {
      loadedOnce.current = true
      setRemote({ status: 'ready', data: result.data })
      void showCartBadge(result.data.badgeCount)
      return
    }
    // A failed refresh keeps the cart already on screen and says why above it.
    if (loadedOnce.current) setActionError(result.error)
    else setRemote({ status: 'failed', error: result.error })
  }, [])

  // Tab pages stay mounted: refetch on every visit, the cart may have changed on the goods page.
  useDidShow(() => {
    applyChrome('nav.cart', true)
    void load()
  })

  const change = useCallback(async (request: () => Promise<ClientResult<CartView>>) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    setActionError(null)
    const result = await request()
    inFlight.current = false
    setBusy(false)
    if (result.ok) {
      setRemote({ status: 'ready', data: result.data })
      void showCartBadge(result.data.badgeCount)
    } else {
      setActionError(result.error)
    }
  }, [])

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void load()} />

  const view = remote.data
  if (view.lines.length === 0) {
    return (
      <EmptyState
        testId='cart-empty'
        title={t('cart.empty')}
        hint={t('cart.emptyHint')}
        action={
          <Button type='primary' size='small' onClick={() => void Taro.switchTab({ url: `/${TAB_PAGES.home}` })}>
            {t('cart.browse')}
          </Button>
        }
      />
    )
  }

  const buyable = buyableLines(view.lines)
  const invalid = invalidLines(view.lines)
  const allSelected = isAllSelected(view.lines)
  const blocked = checkoutBlockedReason(view)
  const rowProps = {
    busy,
    onToggle: (line: CartLine) => void change(() => callAction('shop', 'cart.select', { lineIds: [line.lineId], selected: !line.selected })),
    onQuantity: (line: CartLine, quantity: number) => void change(() => callAction('shop', 'cart.update', { lineId: line.lineId, quantity })),
    onRemove: (line: CartLine) => void change(() => callAction('shop', 'cart.remove', { lineIds: [line.lineId] })),
    onOpen: (productId: string) => void Taro.navigateTo({ url: routes.goodsDetail(productId) }),
  }

  return (
    <View className='cart-page' data-testid='cart-page'>
      {actionError ? (
        <View className='cart-page__error' data-testid='action-error' data-code={actionError.code} onClick={() => setActionError(null)}>
          <Text>{describe(actionError)}</Text>
        </View>
      ) : null}

      <View className='cart-page__list'>
        {buyable.map((line) => (
          <CartLineRow key={line.lineId} line={line} {...rowProps} />
        ))}
      </View>

      {invalid.length > 0 ? (
        <View className='cart-page__invalid' data-testid='cart-invalid-section'>
          <View className='cart-page__invalid-head'>
            <Text>{t('cart.unavailable', { count: invalid.length })}</Text>
            <Text
              className='cart-page__clear'
              data-testid='cart-clear-invalid'
              onClick={() => void change(() => callAction('shop', 'cart.remove', { lineIds: invalid.map((line) => line.lineId) }))}
            >
              {t('cart.clearUnavailable')}
            </Text>
          </View>
          {invalid.map((line) => (
            <CartLineRow key={line.lineId} line={line} {...rowProps} />
          ))}
        </View>
      ) : null}

      <View className='cart-page__bar' data-testid='cart-bar' style={TAB_BAR_OFFSET}>
        <View
          className='cart-page__all'
          data-testid='cart-select-all'
          onClick={() => {
            if (!busy && buyable.length > 0) void change(() => callAction('shop', 'cart.select', { selected: !allSelected }))
          }}
        >
          <View className={`cart-check${allSelected ? ' cart-check--on' : ''}`} />
          <Text>{t('cart.selectAll')}</Text>
        </View>
        <View className='cart-page__total'>
          <Text>{t('cart.total')} </Text>
          <Price fen={view.selectedGoodsTotal} testId='cart-total' />
          <Text className='cart-page__total-note'>{t('cart.totalNote')}</Text>
        </View>
        <Button
          type='primary'
          disabled={blocked !== null || busy}
          data-testid='cart-checkout'
          onClick={() => {
            if (blocked) setActionError({ code: 'INVALID_INPUT', key: blocked, message: blocked })
            else void Taro.navigateTo({ url: routes.checkoutFromCart() })
          }}
        >
          {t('cart.checkout', { count: view.selectedCount })}
        </Button>
      </View>
    </View>
  )
}
