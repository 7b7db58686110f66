import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { DiyCatalog, DiyComponent, DiyKind, DiyQuote } from '@cloud/contracts/diy'
import type { DiyDesign } from '@cloud/contracts/diy-design'
import { beadCountFor } from '@cloud/domain/crystal/wrist-fit'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton, Price } from '../../../components'
import { DiyRing } from '../../../components/diy-ring'
import { designQuery } from '../../../components/diy-ring/design-query'
import { PriceLines } from '../../../components/price-lines'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import './index.scss'

const KINDS: readonly DiyKind[] = ['base', 'accent', 'spacer', 'charm']
const MAX_RING = 48
const QUOTE_DEBOUNCE_MS = 350

/** DIY 手串: pick beads onto a ring drawn by code, see the server's live quote, fit and stock, then order it. */
export default function DiyBuilderPage() {
  useDidShow(() => applyChrome('nav.diyBuilder'))
  const catalog = useRemote(() => callAction('shop', 'diy.catalog', {}), [])
  if (catalog.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (catalog.remote.status === 'failed') return <ErrorState error={catalog.remote.error} onRetry={() => void catalog.reload()} />
  return <Builder catalog={catalog.remote.data} />
}

function Builder({ catalog }: { catalog: DiyCatalog }) {
  const { t, reason } = useLocale()
  const [kind, setKind] = useState<DiyKind>('base')
  const [beads, setBeads] = useState<string[]>([])
  const [charmId, setCharmId] = useState<string | null>(null)
  const [wristText, setWristText] = useState('')
  const [quote, setQuote] = useState<{ status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: DiyQuote } | { status: 'failed'; error: ClientError }>({ status: 'idle' })
  const byId = useMemo(() => new Map(catalog.components.map((c) => [c._id, c])), [catalog.components])
  const typedWrist = Number(wristText)
  const wristMm = catalog.savedWristMm ?? (Number.isInteger(typedWrist) && typedWrist >= 100 && typedWrist <= 250 ? typedWrist : null)

  const design: DiyDesign | null = beads.length
    ? { beads, ...(charmId ? { charmId } : {}), ...(catalog.savedWristMm === null && wristMm ? { wristMm } : {}) }
    : null
  const designKey = design ? JSON.stringify(design) : ''

  // The live quote, debounced; only the newest answer is shown.
  const ticket = useRef(0)
  useEffect(() => {
    if (!design) {
      setQuote({ status: 'idle' })
      return
    }
    const mine = ++ticket.current
    setQuote((q) => (q.status === 'ready' ? q : { status: 'loading' }))
    const timer = setTimeout(() => {
      void callAction('shop', 'diy.quote', { design }).then((r) => {
        if (mine !== ticket.current) return
        setQuote(r.ok ? { status: 'ready', data: r.data } : { status: 'failed', error: r.error })
      })
    }, QUOTE_DEBOUNCE_MS)
    return () => clearTimeout(timer)
    // designKey stands for the design
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [designKey])

  if (catalog.components.length === 0) return <EmptyState testId='diy-empty' title={t('diy.empty')} hint={t('diy.emptyHint')} />

  const used = new Map<string, number>()
  for (const id of [...beads, ...(charmId ? [charmId] : [])]) used.set(id, (used.get(id) ?? 0) + 1)
  const add = (c: DiyComponent) => {
    if (c.kind === 'charm') setCharmId((cur) => (cur === c._id ? null : c._id))
    else if (beads.length < MAX_RING) setBeads((b) => [...b, c._id])
  }
  const autoFill = () => {
    const base = catalog.components.find((c) => c._id === beads.find((id) => byId.get(id)?.kind === 'base')) ?? catalog.components.find((c) => c.kind === 'base' && c.stock > 0)
    if (!base || !wristMm) return
    const others = beads.filter((id) => byId.get(id)?.kind !== 'base')
    const otherMm = others.reduce((s, id) => s + (byId.get(id)?.beadMm ?? 0), 0)
    const count = Math.max(catalog.rules.minBaseBeads, beadCountFor(Math.max(1, wristMm - otherMm), base.beadMm))
    // Accents and spacers stay, spread evenly between the base beads.
    const ring: string[] = Array(count).fill(base._id)
    others.forEach((id, i) => ring.splice(Math.round(((i + 1) * ring.length) / (others.length + 1)), 0, id))
    setBeads(ring.slice(0, MAX_RING))
  }
  const ring = beads.map((id, i) => ({ key: `${id}-${i}`, beadMm: byId.get(id)?.beadMm ?? 8, color: byId.get(id)?.color ?? '#cccccc' }))
  const charm = charmId && byId.get(charmId) ? { key: charmId, beadMm: byId.get(charmId)!.beadMm, color: byId.get(charmId)!.color } : null
  const lengthMm = beads.reduce((s, id) => s + (byId.get(id)?.beadMm ?? 0), 0)
  const shown = catalog.components.filter((c) => c.kind === kind)
  const q = quote.status === 'ready' ? quote.data : null
  const canOrder = !!q && q.canOrder && quote.status === 'ready'

  const order = () => {
    if (!design || !canOrder) return
    void Taro.navigateTo({ url: routes.checkoutDiy(designQuery(design)) })
  }

  return (
    <View className='diy-page' data-testid='diy-builder'>
      <View className='diy-page__preview'>
        <DiyRing beads={ring} charm={charm} box={240} onTapBead={(i) => setBeads((b) => b.filter((_, k) => k !== i))} testId='diy-ring' />
        <Text className='diy-page__muted' data-testid='diy-ring-count'>
          {beads.length ? t('diy.ringCount', { count: beads.length, lengthMm }) : t('diy.ringEmpty')}
        </Text>
        {beads.length ? <Text className='diy-page__muted'>{t('diy.tapToRemove')}</Text> : null}
        <View className='diy-page__row'>
          <Button size='small' data-testid='diy-autofill' disabled={!wristMm} onClick={autoFill}>
            {t('diy.autoFill')}
          </Button>
          <Button size='small' data-testid='diy-undo' disabled={!beads.length} onClick={() => setBeads((b) => b.slice(0, -1))}>
            {t('diy.undo')}
          </Button>
          <Button size='small' data-testid='diy-clear' disabled={!beads.length && !charmId} onClick={() => { setBeads([]); setCharmId(null) }}>
            {t('diy.clear')}
          </Button>
        </View>
      </View>

      <View className='diy-page__section'>
        <Text className='diy-page__label'>{t('diy.wrist')}</Text>
        {catalog.savedWristMm !== null ? (
          <Text data-testid='diy-wrist-saved'>{t('diy.wristSaved', { mm: catalog.savedWristMm })}</Text>
        ) : (
          <View>
            <Input
              className='diy-page__input'
              data-testid='diy-wrist-input'
              type='number'
              value={wristText}
              placeholder={t('diy.wristTyped')}
              onInput={(e) => setWristText(e.detail.value)}
            />
            <Text className='diy-page__muted'>{t('diy.wristHint')}</Text>
          </View>
        )}
        {q?.fit ? (
          <Text className={`diy-page__fit diy-page__fit--${q.fit.fit}`} data-testid='diy-fit' data-fit={q.fit.fit}>
            {t('diy.fitLine', { wristMm: q.fit.wristMm, lengthMm: q.fit.lengthMm, fit: t(`diy.fit.${q.fit.fit}` as 'diy.fit.snug') })} ·{' '}
            {t('diy.recommended', { count: q.fit.recommendedBeads, beadMm: q.beadMm ?? 0 })}
          </Text>
        ) : !wristMm ? (
          <Text className='diy-page__muted'>{t('diy.wristNeeded')}</Text>
        ) : null}
      </View>

      <View className='diy-page__section'>
        <View className='diy-page__row'>
          {KINDS.map((k) => (
            <Button key={k} size='small' type={k === kind ? 'primary' : 'default'} data-testid={`diy-kind-${k}`} onClick={() => setKind(k)}>
              {t(`diy.kind.${k}` as 'diy.kind.base')}
            </Button>
          ))}
        </View>
        <Text className='diy-page__muted'>{t('diy.rules', { min: catalog.rules.minBaseBeads })}</Text>
        <View className='diy-page__grid'>
          {shown.map((c) => {
            const left = c.stock - (used.get(c._id) ?? 0)
            const chosen = c.kind === 'charm' && charmId === c._id
            return (
              <View
                key={c._id}
                className={`diy-pick${chosen ? ' diy-pick--chosen' : ''}${c.stock <= 0 ? ' diy-pick--out' : ''}`}
                data-testid='diy-component'
                data-id={c._id}
                onClick={() => (c.stock > 0 || chosen ? add(c) : undefined)}
              >
                <View className='diy-pick__swatch' style={{ background: c.color }} />
                <Text className='diy-pick__name' data-product-data>
                  {c.name}
                </Text>
                <Text className='diy-page__muted'>
                  {t('diy.mm', { mm: c.beadMm })} · <Price fen={c.price} />
                </Text>
                {c.stock <= 0 ? <Tag type='danger'>{t('diy.soldOut')}</Tag> : <Text className='diy-page__muted' data-testid='diy-component-stock'>{t('diy.stockLeft', { stock: Math.max(0, left) })}</Text>}
                {c.kind === 'charm' && c.fitsBeadMm.length ? <Text className='diy-page__muted'>{t('diy.charmFits', { sizes: c.fitsBeadMm.join('/') })}</Text> : null}
              </View>
            )
          })}
        </View>
        {kind === 'charm' && charmId ? (
          <Button size='small' data-testid='diy-charm-none' onClick={() => setCharmId(null)}>
            {t('diy.charmNone')}
          </Button>
        ) : null}
      </View>

      {q ? (
        <View className='diy-page__section' data-testid='diy-quote'>
          <Text className='diy-page__label'>{t('diy.components')}</Text>
          {q.components.map((c) => (
            <View key={c.componentId} className='diy-page__line' data-testid='diy-quote-component' data-enough={c.enough ? 'true' : 'false'}>
              <Text data-product-data>{t('diy.componentLine', { name: c.name, mm: c.beadMm, quantity: c.quantity })}</Text>
              <Text className='diy-page__muted'>{t('diy.stockLeft', { stock: c.stock })}</Text>
            </View>
          ))}
          {q.problems.map((p) => (
            <Text key={`${p.key}-${JSON.stringify(p.params ?? {})}`} className='diy-page__problem' data-testid='diy-problem' data-key={p.key}>
              {reason(p)}
            </Text>
          ))}
          <PriceLines lines={q.lines} payable={q.payable} />
        </View>
      ) : null}
      {quote.status === 'failed' ? <ErrorState error={quote.error} title={t('diy.quoteFailed')} /> : null}

      <View className='diy-page__bar'>
        <View>
          {quote.status === 'loading' ? <Text className='diy-page__muted'>{t('diy.quoting')}</Text> : null}
          {q ? <Price fen={q.payable} size='large' testId='diy-payable' /> : null}
        </View>
        <Button type='primary' data-testid='diy-order' disabled={!canOrder} onClick={order}>
          {t('diy.order')}
        </Button>
      </View>
      {q && !q.canOrder ? (
        <Text className='diy-page__problem' data-testid='diy-blocked'>
          {t('diy.cannotOrder')}
        </Text>
      ) : null}
    </View>
  )
}
