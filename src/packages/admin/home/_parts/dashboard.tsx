/**
 * The merchant dashboard: figures for today / 7 / 30 days, counts to act on (each opens its filtered
 * list, shown only to roles that may open it), the 30-day chart, top products and categories, and new
 * paid orders that appear while the page is open (console.newOrders polled with a cursor every
 * POLL_MS while the page is shown; a new order also refreshes the figures).
 */
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DashboardOutput, NewOrder, NewOrdersCursor, Period } from '@cloud/contracts/console'
import type { Permission } from '@cloud/domain/permissions'
import { bpText } from '@cloud/domain/console/metrics'
import { formatCny } from '@cloud/domain/money'
import { formatShanghai } from '../../../../../cloudfunctions/domain/time'
import { callAction } from '../../../../api'
import type { ClientError } from '../../../../api'
import { ErrorState, LoadingSkeleton } from '../../../../components'
import { routes } from '../../../../routes'
import { useLocale } from '../../../../state/locale'
import type { MessageKey } from '../../../../i18n/dictionaries'
import { SalesChart } from './sales-chart'
import { markSeen } from '../../../../state/console-seen'

export const POLL_MS = 5_000
const PERIODS: Period[] = ['today', 'd7', 'd30']

type TodoKey = keyof DashboardOutput['todo']
const TODO: { key: TodoKey; label: MessageKey; url: string; needs: Permission }[] = [
  { key: 'toShip', label: 'console.todo.toShip', url: routes.adminOrders(), needs: 'orders.read' },
  { key: 'afterSales', label: 'console.todo.afterSales', url: routes.adminAfterSales(), needs: 'aftersales.read' },
  { key: 'payments', label: 'console.todo.payments', url: routes.adminPayments(), needs: 'payments.read' },
  { key: 'tickets', label: 'console.todo.tickets', url: routes.adminTickets(), needs: 'tickets.reply' },
  { key: 'lowStock', label: 'console.todo.lowStock', url: routes.adminProducts({ lowStock: true }), needs: 'catalog.read' },
  { key: 'logistics', label: 'console.todo.logistics', url: routes.adminOrders({ alert: 'logistics' }), needs: 'orders.read' },
]

export function Dashboard({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useLocale()
  const [data, setData] = useState<DashboardOutput | null>(null)
  const [error, setError] = useState<ClientError | null>(null)
  const [period, setPeriod] = useState<Period>('today')
  const [fresh, setFresh] = useState<NewOrder[]>([])
  const [chartFailed, setChartFailed] = useState(false)
  const cursor = useRef<NewOrdersCursor | null>(null)
  const shown = useRef(true)
  const busy = useRef(false)

  const load = useCallback(async () => {
    const r = await callAction('admin', 'console.dashboard', {})
    if (!r.ok) {
      setError(r.error)
      return
    }
    setError(null)
    setData(r.data)
    cursor.current ??= r.data.cursor
    markSeen(r.data.cursor.at)
  }, [])

  const poll = useCallback(async () => {
    if (!shown.current || busy.current || !cursor.current) return
    busy.current = true
    try {
      const r = await callAction('admin', 'console.newOrders', { cursor: cursor.current })
      if (!r.ok || !r.data.items.length) return
      cursor.current = r.data.cursor
      markSeen(r.data.cursor.at)
      setFresh((list) => [...[...r.data.items].reverse(), ...list].slice(0, 20))
      await load()
    } finally {
      busy.current = false
    }
  }, [load])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void poll(), POLL_MS)
    return () => clearInterval(timer)
  }, [load, poll])
  // Back from shipping or a refund decision: figures follow at once.
  const first = useRef(true)
  useDidShow(() => {
    shown.current = true
    if (first.current) first.current = false
    else void load()
  })
  useDidHide(() => {
    shown.current = false
  })

  if (!data && error) return <ErrorState error={error} onRetry={() => void load()} />
  if (!data) return <LoadingSkeleton variant='detail' />
  const f = data.periods[period]
  const go = (url: string) => void Taro.navigateTo({ url })
  const figure = (label: MessageKey, value: string, testId: string) => (
    <View className='dash__figure'>
      <Text className='dash__value' data-testid={testId}>
        {value}
      </Text>
      <Text className='dash__label'>{t(label)}</Text>
    </View>
  )
  const hasSales = data.days.some((d) => d.sales > 0)

  return (
    <View className='dash' data-testid='dashboard'>
      <View className='dash__card'>
        <View className='dash__tabs'>
          {PERIODS.map((p) => (
            <View key={p} className={`dash__tab ${p === period ? 'dash__tab--on' : ''}`} data-testid={`dash-period-${p}`} onClick={() => setPeriod(p)}>
              <Text>{t(`console.period.${p}`)}</Text>
            </View>
          ))}
          <View className='dash__tab' data-testid='dash-refresh' onClick={() => void load()}>
            <Text>{t('console.refresh')}</Text>
          </View>
        </View>
        <View className='dash__figures'>
          {figure('console.sales', formatCny(f.sales), 'dash-sales')}
          {figure('console.orders', String(f.orders), 'dash-orders')}
          {figure('console.aov', formatCny(f.aov), 'dash-aov')}
          {figure('console.refunds', formatCny(f.refunds), 'dash-refunds')}
          {figure('console.refundRate', bpText(f.refundRateBp), 'dash-refund-rate')}
          {figure('console.newMembers', String(f.newMembers), 'dash-new-members')}
        </View>
        <Text className='dash__hint'>{t('console.updatedAt', { time: formatShanghai(data.generatedAt, 'MM-DD HH:mm:ss') })}</Text>
      </View>

      <View className='dash__card'>
        <Text className='dash__title'>{t('console.todo')}</Text>
        <View className='dash__figures'>
          {TODO.filter((c) => permissions.includes(c.needs)).map((c) => (
            <View key={c.key} className='dash__figure dash__figure--link' data-testid={`dash-todo-${c.key}`} onClick={() => go(c.url)}>
              <Text className={`dash__value ${data.todo[c.key] > 0 ? 'dash__value--hot' : ''}`} data-testid={`dash-todo-${c.key}-count`}>
                {data.todo[c.key]}
              </Text>
              <Text className='dash__label'>{t(c.label)} ›</Text>
            </View>
          ))}
        </View>
      </View>

      <View className='dash__card' data-testid='dash-new-orders'>
        <Text className='dash__title'>{t('console.newOrders')}</Text>
        {fresh.length === 0 ? <Text className='dash__hint'>{t('console.newOrdersHint')}</Text> : null}
        {fresh.map((o) => (
          <View key={o._id} className='dash__row' data-testid='dash-new-order' data-order-id={o._id} onClick={() => go(routes.adminOrderDetail(o._id))}>
            <Text className='dash__row-name'>{t('console.newOrder', { orderNo: o.orderNo.slice(-6), title: o.title, count: o.itemCount })}</Text>
            <Text className='dash__row-value'>{formatCny(o.payable)}</Text>
          </View>
        ))}
      </View>

      <View className='dash__card'>
        <Text className='dash__title'>{t('console.chart')}</Text>
        {!hasSales ? <Text className='dash__hint'>{t('console.noSales')}</Text> : null}
        {chartFailed ? (
          <View data-testid='dash-chart-table'>
            <Text className='dash__hint'>{t('console.chartFailed')}</Text>
            {data.days
              .filter((d) => d.sales > 0)
              .map((d) => (
                <View key={d.day} className='dash__row'>
                  <Text className='dash__row-name'>{d.day}</Text>
                  <Text className='dash__row-value'>{formatCny(d.sales)}</Text>
                </View>
              ))}
          </View>
        ) : (
          <SalesChart id='dash-sales-chart' days={data.days} onFailed={() => setChartFailed(true)} />
        )}
      </View>

      <View className='dash__card' data-testid='dash-top-products'>
        <Text className='dash__title'>{t('console.topProducts')}</Text>
        {data.topProducts.map((p) => (
          <View key={p.id} className='dash__row'>
            <Text className='dash__row-name' data-product-data>
              {p.name}
            </Text>
            <Text className='dash__row-value'>
              {formatCny(p.sales)} · {t('console.units', { units: p.units })}
            </Text>
          </View>
        ))}
      </View>
      <View className='dash__card' data-testid='dash-top-categories'>
        <Text className='dash__title'>{t('console.topCategories')}</Text>
        {data.topCategories.map((c) => (
          <View key={c.id || '-'} className='dash__row'>
            <Text className='dash__row-name' data-product-data>
              {c.name || t('console.uncategorised')}
            </Text>
            <Text className='dash__row-value'>
              {formatCny(c.sales)} · {t('console.units', { units: c.units })}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
