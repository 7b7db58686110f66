/**
 * DIY component stock, with the SKU stock's discipline (services/stock.service.ts): the check and the
 * take are ONE conditional update per component, so concurrent builders can never oversell the last
 * units; a design's components are taken all or nothing. Units go back only through the order's
 * restock transaction (services/order/restock-once.ts → returnDiyUnitsInTx), whose flag makes it once.
 */
import type { DiyOrderPart } from '../../contracts/diy'
import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import type { Transaction } from '../../platform/db-types'
import { COLLECTION } from '../../schema/collections'
import { diyComponents } from './diy-record'

export interface DiyUnits {
  componentId: string
  name: string
  quantity: number
}

async function takeOne(u: DiyUnits, now: number): Promise<boolean> {
  const _ = db().command
  const result = await diyComponents()
    .where({ _id: u.componentId, status: 'on', stock: _.gte(u.quantity) })
    .update({ data: { stock: _.inc(-u.quantity), sold: _.inc(u.quantity), version: _.inc(1), updatedAt: now } })
  return result.stats.updated === 1
}

async function putBack(u: DiyUnits, now: number): Promise<void> {
  const _ = db().command
  await diyComponents()
    .where({ _id: u.componentId })
    .update({ data: { stock: _.inc(u.quantity), sold: _.inc(-u.quantity), version: _.inc(1), updatedAt: now } })
}

/** Takes every component's units or none: on a shortfall the ones taken go back and SOLD_OUT names the component. */
export async function takeDiyUnits(units: readonly DiyUnits[], now: number): Promise<DiyUnits[]> {
  const taken: DiyUnits[] = []
  for (const u of units) {
    let ok = false
    try {
      ok = await takeOne(u, now)
    } catch (err) {
      await releaseDiyUnits(taken, now)
      throw err
    }
    if (!ok) {
      await releaseDiyUnits(taken, now)
      throw new AppError('SOLD_OUT', 'error.diy.soldOut', { name: u.name }, { componentId: u.componentId, name: u.name })
    }
    taken.push(u)
  }
  return taken
}

/** The undo of takeDiyUnits inside order creation (never used for a cancelled order: that is restock-once). */
export async function releaseDiyUnits(taken: readonly DiyUnits[], now: number): Promise<void> {
  for (const u of [...taken].reverse()) await putBack(u, now)
}

/** Units of a design (`times` bracelets), per component. */
export function unitsOfPart(part: DiyOrderPart, times = 1): { componentId: string; quantity: number }[] {
  return part.components.map((c) => ({ componentId: c.componentId, quantity: c.quantity * times }))
}

/** Inside the order's restock transaction: every component of the bracelet(s) back on the shelf. */
export async function returnDiyUnitsInTx(t: Transaction, units: readonly { componentId: string; quantity: number }[], now: number): Promise<void> {
  const _ = db().command
  for (const u of units) {
    if (u.quantity <= 0) continue
    await t.collection(COLLECTION.diy_components).doc(u.componentId).update({ data: { stock: _.inc(u.quantity), sold: _.inc(-u.quantity), version: _.inc(1), updatedAt: now } })
  }
}
