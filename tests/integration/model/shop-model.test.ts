/**
 * Model-based test: random interleavings of shoppers, the merchant, WeChat Pay's callbacks and the
 * timer against the local cloud (real bundles, real wx-server-sdk, SQLite), with the shop's invariants
 * checked from the database after every step (invariants.ts) and, at the end of each run, that nothing
 * owed is left hanging once WeChat and cron have caught up. See README.md in this folder.
 *
 * JF_MODEL_RUNS (default 25) and JF_MODEL_STEPS (default 30) size it; JF_MODEL_SEED replays a run;
 * JF_MODEL_OMIT=SaveProductForm,… leaves commands out (local investigation only); JF_MODEL_DEBUG prints every run's trace.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commandArbitraries, type Model } from './commands'
import { allInvariants, loadMachines, type OrderMachineView } from './invariants'
import { probeAdjustStock, saveTokenFields } from './registry-probe'
import { ShopWorld } from './shop-world'

const RUNS = Number(process.env.JF_MODEL_RUNS || 25)
const STEPS = Number(process.env.JF_MODEL_STEPS || 30)
const SEED = process.env.JF_MODEL_SEED ? Number(process.env.JF_MODEL_SEED) : undefined
const OMIT = (process.env.JF_MODEL_OMIT ?? '').split(',').map((s) => s.trim()).filter(Boolean)

let machines: OrderMachineView
let base: Omit<Model, 'world' | 'budget'>
beforeAll(async () => {
  machines = loadMachines()
  const probeWorld = await ShopWorld.start()
  try {
    const adjust = await probeAdjustStock(probeWorld)
    const token = await saveTokenFields()
    console.info(`[model] ${adjust.why}; ${token.why}`)
    base = { machines, adjustStock: adjust.support, saveToken: token.fields }
  } finally {
    await probeWorld.close()
  }
})
afterAll(() => {})

/** Once WeChat has delivered every refund notification and cron has run a few times, nothing is owed. */
async function settleAndCheck(world: ShopWorld): Promise<string[]> {
  for (let round = 0; round < 3; round++) {
    await world.notificationsHeld()
    for (const h of world.heldRefunds) if (!h.delivered) await world.deliverRefund(h)
    await world.tickAt(Math.max(world.clock, Date.now()) + 60 * 60_000)
  }
  await world.notificationsHeld()
  for (const h of world.heldRefunds) if (!h.delivered) await world.deliverRefund(h)
  const problems = await allInvariants(world, machines)
  const prepays = await world.fakes.pay.listPrepays()
  const payments = world.docs('payments')
  for (const o of world.orders()) {
    const label = world.orderLabel(o._id)
    const trades = new Set(payments.filter((p) => p.orderId === o._id).map((p) => String(p.outTradeNo)))
    const paid = prepays.filter((p) => trades.has(p.outTradeNo) && p.state === 'SUCCESS').reduce((n, p) => n + p.totalFee, 0)
    if (o.state === 'cancelled' && paid > 0 && o.refundedAmount !== paid) {
      problems.push(`${label}: cancelled but paid ¥${paid / 100}, refunded only ¥${o.refundedAmount / 100} after WeChat and cron caught up`)
    }
    for (const as of o.afterSales) if (as.state === 'refunding') problems.push(`${label}: after-sale ${as._id} still refunding after every notification was delivered`)
    if (o.stockRelease === 'pending') problems.push(`${label}: cancelled order's stock release still pending`)
  }
  for (const r of world.docs('refunds')) {
    if (!machines.refundSuccess.includes(String(r.state)) && !machines.refundFailed.includes(String(r.state))) {
      problems.push(`refund ${r._id} for ${world.orderLabel(String(r.orderId))} still ${r.state} after WeChat and cron caught up`)
    }
  }
  return problems
}

it(
  `shoppers, merchant, WeChat Pay and cron interleaved: invariants hold after every step (${RUNS} runs × ≤${STEPS} steps)`,
  async () => {
    const started = Date.now()
    let steps = 0
    await fc.assert(
      fc.asyncProperty(fc.commands(commandArbitraries(base.adjustStock !== null, OMIT), { maxCommands: STEPS * 5, size: 'max' }), async (cmds) => {
        const world = await ShopWorld.start()
        try {
          const before = await allInvariants(world, machines)
          if (before.length > 0) throw new Error(`invariants broken before any step: ${before.join('; ')}`)
          const model: Model = { ...base, world, budget: STEPS }
          await fc.asyncModelRun(() => ({ model, real: world }), cmds)
          steps += world.trace.length
          if (process.env.JF_MODEL_DEBUG) console.info(`[model] run: ${[...cmds].length} generated, ${world.trace.length} ran\n  ${world.trace.join("\n  ")}`)
          const left = await settleAndCheck(world)
          if (left.length > 0) throw new Error(`after settling:\n  - ${left.join('\n  - ')}\n\ntrace of this run:\n  ${world.trace.join('\n  ')}`)
        } finally {
          await world.close()
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
    console.info(`[model] ${RUNS} runs, ${steps} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(steps).toBeGreaterThan(0)
  },
  300_000,
)
