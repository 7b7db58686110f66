/**
 * Stock on the product edit page. A product edit never writes stock: on an existing SKU the field is
 * read-only and "调整库存 / Adjust stock" opens +n / −n / set-to-N with a reason and a note
 * (products.adjustStock, one ledger entry each); the ledger view lists the moves. On a new product the
 * stock typed is the SKU's initial stock.
 */
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Product } from '@cloud/contracts/catalog'
import type { StockLedgerEntry } from '@cloud/contracts/stock'
import { callAction } from '../../../../api'
import { formatTime } from '../../../../components/order-card'
import { useLocale } from '../../../../state/locale'
import { changeFromInput, newRequestId, REASON_CODES, type AdjustMode } from './stock-adjust-form'

interface SkuStockProps {
  productId: string | undefined
  sku: { skuId?: string; name: string; stock: string }
  /** Typing the initial stock of a SKU of a new product. */
  onInitialStock: (stock: string) => void
  onAdjusted: (product: Product) => void
}

/** The stock cell of one SKU row: an input on a new product, the current stock + adjust control otherwise. */
export function SkuStockCell({ productId, sku, onInitialStock, onAdjusted }: SkuStockProps) {
  const { t } = useLocale()
  if (!productId) {
    return <Input className='adm__input' data-testid='sku-stock' type='number' value={sku.stock} placeholder={t('admin.product.skuStock')} onInput={(e) => onInitialStock(e.detail.value)} />
  }
  if (!sku.skuId) return <Text className='adm__muted' data-testid='sku-stock-new'>{t('stock.newSkuHint')}</Text>
  return <StockAdjust productId={productId} skuId={sku.skuId} stock={Number(sku.stock)} onAdjusted={onAdjusted} />
}

const MODES: AdjustMode[] = ['add', 'remove', 'set']

export function StockAdjust({ productId, skuId, stock, onAdjusted }: { productId: string; skuId: string; stock: number; onAdjusted: (product: Product) => void }) {
  const { t, reason, error } = useLocale()
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<AdjustMode>('add')
  const [amount, setAmount] = useState('')
  const [code, setCode] = useState<(typeof REASON_CODES)[number]>('recount')
  const [note, setNote] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const [busy, setBusy] = useState(false)

  const start = () => {
    setOpen(true)
    setMode('add')
    setAmount('')
    setNote('')
    setRequestId(newRequestId())
  }
  const apply = async () => {
    // "set to N" carries the stock this screen shows: refused if a sale moved it meanwhile
    const built = changeFromInput(mode, amount, stock)
    if (!built.ok) return void Taro.showToast({ title: t(built.problem), icon: 'none' })
    setBusy(true)
    const r = await callAction('admin', 'products.adjustStock', { productId, skuId, requestId, change: built.change, reason: code, ...(note.trim() ? { note: note.trim() } : {}) })
    setBusy(false)
    if (!r.ok) return void Taro.showModal({ title: t('stock.failed'), content: error(r.error), showCancel: false })
    setOpen(false)
    onAdjusted(r.data.product)
    void Taro.showToast({ title: t('stock.applied', { stock: r.data.entry.after }), icon: 'none' })
  }

  return (
    <View className='adm__grow' data-testid='sku-stock-cell'>
      <View className='adm__bar'>
        <Text data-testid='sku-stock-current'>{t('stock.current', { stock })}</Text>
        {open ? null : (
          <View className='adm__button adm__button--ghost' data-testid='stock-adjust-open' onClick={start}>
            <Text>{t('stock.adjust')}</Text>
          </View>
        )}
      </View>
      {open ? (
        <View className='adm__field' data-testid='stock-adjust'>
          <View className='adm__bar'>
            {MODES.map((m) => (
              <View key={m} className={`adm__button ${m === mode ? '' : 'adm__button--ghost'}`} data-testid={`stock-mode-${m}`} onClick={() => setMode(m)}>
                <Text>{t(`stock.mode.${m}`)}</Text>
              </View>
            ))}
          </View>
          <Input className='adm__input' data-testid='stock-amount' type='number' value={amount} placeholder={t('stock.amount')} onInput={(e) => setAmount(e.detail.value)} />
          <Text className='adm__label'>{t('stock.reason')}</Text>
          <View className='adm__bar'>
            {REASON_CODES.map((c) => (
              <View key={c} className={`adm__button ${c === code ? '' : 'adm__button--ghost'}`} data-testid={`stock-reason-${c}`} onClick={() => setCode(c)}>
                <Text>{reason({ key: `stock.reason.${c}` })}</Text>
              </View>
            ))}
          </View>
          <Input className='adm__input' data-testid='stock-note' value={note} maxlength={200} placeholder={t('stock.note')} onInput={(e) => setNote(e.detail.value)} />
          <View className='adm__bar'>
            <View className='adm__button' data-testid='stock-apply' onClick={() => (busy ? undefined : void apply())}>
              <Text>{busy ? t('admin.working') : t('stock.apply')}</Text>
            </View>
            <View className='adm__button adm__button--ghost' onClick={() => setOpen(false)}>
              <Text>{t('stock.cancel')}</Text>
            </View>
          </View>
        </View>
      ) : null}
    </View>
  )
}

const PAGE_SIZE = 20

/** The product's stock moves, newest first; `refresh` changes after each adjustment. */
export function StockLedger({ productId, skuNames, refresh }: { productId: string; skuNames: Record<string, string>; refresh: number }) {
  const { t, reason } = useLocale()
  const [items, setItems] = useState<StockLedgerEntry[]>([])
  const [page, setPage] = useState(1)
  const [hasMore, setHasMore] = useState(false)

  const load = async (p: number) => {
    const r = await callAction('admin', 'products.stockLedger', { productId, page: p, pageSize: PAGE_SIZE })
    if (!r.ok) return
    setItems((prev) => (p === 1 ? r.data.items : [...prev, ...r.data.items]))
    setPage(p)
    setHasMore(r.data.hasMore)
  }
  useEffect(() => {
    void load(1)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [productId, refresh])

  return (
    <View className='adm__field' data-testid='stock-ledger'>
      <Text className='adm__label'>{t('stock.ledger')}</Text>
      {items.length === 0 ? <Text className='adm__muted'>{t('stock.ledgerEmpty')}</Text> : null}
      {items.map((e) => (
        <View key={e._id} className='adm__row' data-testid='stock-ledger-entry'>
          <View className='adm__grow'>
            <Text>
              <Text data-product-data>{skuNames[e.skuId] ?? e.skuId}</Text> · {reason(e.reason)} ·{' '}
              {t('stock.ledgerLine', { before: e.before, after: e.after, delta: e.delta > 0 ? `+${e.delta}` : String(e.delta) })}
            </Text>
            {e.note ? <Text className='adm__muted' data-product-data>{e.note}</Text> : null}
            <Text className='adm__muted'>
              {formatTime(e.at)} · {e.actor.kind === 'staff' ? t('stock.by.staff', { openid: e.actor.openid }) : t('stock.by.other')}
            </Text>
          </View>
        </View>
      ))}
      {hasMore ? (
        <View className='adm__button adm__button--ghost' onClick={() => void load(page + 1)}>
          <Text>{t('stock.ledgerMore')}</Text>
        </View>
      ) : null}
    </View>
  )
}
