/**
 * What the code base offers right now, found at run time rather than assumed:
 * - `products.adjustStock` (being added): generated only if the admin registry declares it AND the built
 *   admin bundle routes it (anything but UNKNOWN_ACTION); its input is fitted to the declared zod schema.
 * - `products.save` concurrency token: if the save input grows a field beside `id`/`draft` (e.g.
 *   `expectedUpdatedAt`, `version`), the edit form sends the value it loaded, as the page would.
 */
import type { ZodTypeAny } from 'zod'
import { OWNER, type ShopWorld } from './shop-world'

/** +n / −n, or "set to N while it is still `seen`" (when the action offers that). */
export type StockMove = { delta: number } | { to: number; seen: number }

export interface AdjustStockSupport {
  action: string
  /** The action's input for this move, or null when its schema has no way to say it. */
  input(productId: string, skuId: string, move: StockMove): unknown | null
  shape: string
}

/** From what the form holds (formFromProduct) first, else from the product it loaded. */
export type SaveTokenFields = (form: Record<string, unknown>, loaded: Record<string, unknown>) => Record<string, unknown>

const ACTION = 'products.adjustStock'

let importProblem = ''
async function declaredAdminActions(): Promise<{ name: string; input: ZodTypeAny }[] | null> {
  try {
    const { ADMIN_ACTIONS } = await import('../../../cloudfunctions/actions/admin.actions')
    return ADMIN_ACTIONS as never
  } catch (err) {
    importProblem = String((err as Error).message ?? err).split('\n')[0].slice(0, 200)
    return null
  }
}

let adjustSeq = 0
/** Input shapes an "adjust stock" action plausibly takes; the first its schema accepts is used. */
function candidateInputs(productId: string, skuId: string, move: StockMove): unknown[] {
  const requestId = `model-adjust-${Date.now().toString(36)}-${++adjustSeq}`
  // The shape products.adjustStock has today (contracts/stock.ts), first.
  const today = { productId, skuId, requestId, change: 'to' in move ? { kind: 'set', to: move.to, seen: move.seen } : { kind: 'delta', delta: move.delta }, reason: 'recount', note: '模型测试 / model test' }
  if ('to' in move) return [today]
  const delta = move.delta
  const ids = [{ productId, skuId }, { id: productId, skuId }, { productId, skuId, requestId }]
  const amounts = [{ delta }, { change: delta }, { by: delta }, { amount: delta }, { quantity: delta }, { adjustment: delta }]
  const directed = [
    { direction: delta > 0 ? 'in' : 'out', quantity: Math.abs(delta) },
    { kind: delta > 0 ? 'add' : 'remove', quantity: Math.abs(delta) },
    { mode: delta > 0 ? 'increase' : 'decrease', quantity: Math.abs(delta) },
  ]
  const reasons = [{}, { reason: '盘点 / stock count' }, { note: '盘点 / stock count' }]
  const out: unknown[] = [today]
  for (const id of ids) for (const a of [...amounts, ...directed]) for (const r of reasons) out.push({ ...id, ...a, ...r })
  return out
}

export async function probeAdjustStock(w: ShopWorld): Promise<{ support: AdjustStockSupport | null; why: string }> {
  const declared = await declaredAdminActions()
  const action = declared?.find((a) => a.name === ACTION)
  if (!declared) return { support: null, why: `admin registry could not be imported (${importProblem})` }
  if (!action) return { support: null, why: `${ACTION} is not in the admin registry` }
  const routed = await w.call('admin', ACTION, {}, OWNER)
  if (!routed.ok && routed.error.code === 'UNKNOWN_ACTION') return { support: null, why: `${ACTION} is declared but the built admin bundle does not know it (rebuild?)` }
  const fits = (move: StockMove) => candidateInputs('p-model', 'sku-model', move).findIndex((c) => action.input.safeParse(c).success)
  const up = fits({ delta: 2 })
  const down = fits({ delta: -2 })
  const set = fits({ to: 2, seen: 1 })
  if (up < 0 || down < 0) return { support: null, why: `${ACTION} is registered but none of the model's input shapes fits its schema` }
  const shape = JSON.stringify(candidateInputs('<product>', '<sku>', { delta: 2 })[up])
  return {
    support: {
      action: ACTION,
      shape,
      input: (productId, skuId, move) => {
        if ('to' in move) return set < 0 ? null : candidateInputs(productId, skuId, move)[set]
        return candidateInputs(productId, skuId, move)[move.delta > 0 ? up : down]
      },
    },
    why: `${ACTION} registered (${set < 0 ? 'delta only' : 'delta and set-if-seen'}); input like ${shape}`,
  }
}

/** Extra products.save fields the form carries from its load (a version / expected timestamp), if the schema has any. */
export async function saveTokenFields(): Promise<{ fields: SaveTokenFields; why: string }> {
  try {
    const { ProductSaveInput } = await import('../../../cloudfunctions/contracts/catalog')
    const shape = (ProductSaveInput as unknown as { shape?: Record<string, unknown> }).shape ?? {}
    const extra = Object.keys(shape).filter((k) => k !== 'id' && k !== 'draft')
    if (extra.length === 0) return { fields: () => ({}), why: 'products.save takes {id, draft} only' }
    const source = (k: string) => {
      const bare = k.replace(/^(expected|base|if|read|loaded|last)/i, '')
      return [k, bare.charAt(0).toLowerCase() + bare.slice(1)]
    }
    return {
      fields: (form, loaded) =>
        Object.fromEntries(
          extra.flatMap((k) => {
            const from = [...source(k).map((s) => form[s]), ...source(k).map((s) => loaded[s])].find((v) => v !== undefined)
            // A product stored before versions existed reads as version 0 (contracts/catalog versionOf).
            const value = from ?? (/version/i.test(k) ? 0 : undefined)
            return value === undefined ? [] : [[k, value]]
          }),
        ),
      why: `products.save also takes ${extra.join(', ')}: the form sends what it loaded`,
    }
  } catch {
    return { fields: () => ({}), why: 'ProductSaveInput could not be imported' }
  }
}
