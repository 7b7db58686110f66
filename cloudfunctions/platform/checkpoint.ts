/**
 * Named steps inside a multi-step write, so tests can abort a function right after one and prove the
 * earlier steps are rolled back or compensated (no stock lost, no orphan order, no double points).
 *
 * Use it between the steps of a flow, naming the step that has just completed as `<area>.<stepDone>`:
 *
 *   await reserveStock(items)              // step 1 (conditional decrement)
 *   checkpoint('order.stockReserved')
 *   await insertOrder(order)               // step 2 — must release the stock if it fails
 *   checkpoint('order.created')
 *
 * and in an integration test (tests/kit/test-cloud.ts):
 *
 *   t.cloud.faults.abortAfter('order.stockReserved')
 *   const res = await t.call('shop', 'order.create', input, 'alice')   // → { ok:false, code:'INTERNAL' }
 *   expect(t.cloud.faults.fired()).toEqual(['order.stockReserved'])     // the fault really happened
 *   // …then assert stock is back and no order exists.
 *
 * Deployed, this is a no-op: it acts only when the local cloud (JF_RUNTIME=local-cloud) has armed this
 * very step for the current invocation through the per-invocation environment it gives each call.
 * Throwing inside `db.runTransaction` aborts the transaction, exactly like any other failure there.
 */
export const FAULT_ABORT_AFTER = 'JF_FAULT_ABORT_AFTER'
export const FAULT_FIRED = 'JF_FAULT_FIRED'

export function checkpoint(name: string): void {
  const armed = process.env[FAULT_ABORT_AFTER]
  if (!armed || armed !== name || process.env.JF_RUNTIME !== 'local-cloud') return
  // Tells the local cloud the fault really fired (it reads this invocation's env when the call ends).
  process.env[FAULT_FIRED] = name
  throw new Error(`injected fault after ${name}`)
}

/** True for the error a checkpoint throws; code that must not swallow a simulated crash asks this. */
export function isInjectedFault(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('injected fault after ')
}
