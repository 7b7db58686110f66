/**
 * What the builder loads (components on sale, the rules, the saved wrist) and the merchant's side:
 * components and rules as data. A component's stock is changed by the merchant only as a delta in the
 * same conditional write that checks the version they read, so a sale meanwhile is never overwritten.
 */
import type { Actor } from '../../contracts/common'
import type { DiyCatalog, DiyComponent, DiyComponentSaveInput, DiyRules } from '../../contracts/diy'
import type { z } from 'zod'
import type { DiyComponentSaveInput as SaveSchema, DiyRulesSaveInput } from '../../contracts/diy'
import { AppError, notFound } from '../../core/errors'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit } from '../audit.service'
import { recordKey } from '../record-key'
import { DIY_RULES_ID, diyComponents, loadRules } from './diy-record'

const ON_SALE_LIMIT = 200

export async function diyCatalog(openid: string): Promise<DiyCatalog> {
  const [components, rules, member] = await Promise.all([
    diyComponents().where({ status: 'on' }).orderBy('kind', 'asc').orderBy('sort', 'asc').limit(ON_SALE_LIMIT).get(),
    loadRules(),
    db().collection<{ _id: string; wristMm?: number }>(COLLECTION.members).where({ _id: openid }).limit(1).get(),
  ])
  const wrist = member.data[0]?.wristMm
  return { components: components.data, rules, savedWristMm: typeof wrist === 'number' && wrist > 0 ? wrist : null }
}

export async function diyAdminList(): Promise<{ components: DiyComponent[]; rules: DiyRules }> {
  const [components, rules] = await Promise.all([diyComponents().orderBy('kind', 'asc').orderBy('sort', 'asc').limit(ON_SALE_LIMIT).get(), loadRules()])
  return { components: components.data, rules }
}

type SaveInput = z.output<typeof SaveSchema>
export type { DiyComponentSaveInput }

export async function saveDiyComponent(input: SaveInput, by: Actor, now: number): Promise<DiyComponent> {
  const _ = db().command
  const fields = {
    kind: input.kind,
    name: input.name,
    material: input.material,
    beadMm: input.beadMm,
    price: input.price,
    color: input.color,
    fitsBeadMm: input.kind === 'charm' ? [...new Set(input.fitsBeadMm)].sort((a, b) => a - b) : [],
    status: input.status,
    sort: input.sort,
  }
  if (!input.id) {
    if (input.stockDelta < 0) throw new AppError('INVALID_INPUT', 'error.diy.negativeStock')
    const id = `dc-${recordKey('', input.kind, input.name, String(now)).slice(0, 16)}`
    const doc: DiyComponent = { _id: id, ...fields, stock: input.stockDelta, sold: 0, version: 1, createdAt: now, updatedAt: now }
    await diyComponents().add({ data: doc as unknown as Record<string, unknown> })
    await audit({ actor: by, at: now, action: 'diyAdmin.createComponent', targetId: id, summary: `${input.kind} ${input.name} ${input.beadMm}mm @${input.price} stock ${input.stockDelta}` })
    return doc
  }
  const before = (await diyComponents().doc(input.id).get().catch(() => ({ data: null }))).data as DiyComponent | null
  if (!before) throw notFound('diyComponent', input.id)
  if (before.kind !== input.kind) throw new AppError('INVALID_INPUT', 'error.diy.kindFixed')
  const where: Record<string, unknown> = { _id: input.id, version: input.version ?? before.version }
  // A negative delta may never take stock below zero (units held by orders are already out of `stock`).
  if (input.stockDelta < 0) where.stock = _.gte(-input.stockDelta)
  const result = await diyComponents()
    .where(where)
    .update({ data: { ...fields, stock: _.inc(input.stockDelta), version: _.inc(1), updatedAt: now } })
  if (result.stats.updated !== 1) {
    const key = input.stockDelta < 0 && (input.version ?? before.version) === before.version ? 'error.diy.stockBelowZero' : 'error.diy.changedMeanwhile'
    throw new AppError('CONFLICT', key, { name: before.name })
  }
  await audit({ actor: by, at: now, action: 'diyAdmin.updateComponent', targetId: input.id, summary: `price ${before.price}→${input.price}, stock ${input.stockDelta >= 0 ? '+' : ''}${input.stockDelta}, status ${before.status}→${input.status}` })
  return { ...before, ...fields, stock: before.stock + input.stockDelta, version: before.version + 1, updatedAt: now }
}

export async function saveDiyRules(input: z.output<typeof DiyRulesSaveInput>, by: Actor, now: number): Promise<DiyRules> {
  const sizes = [...new Map(input.beadSizes.map((s) => [s.beadMm, s])).values()].sort((a, b) => a.beadMm - b.beadMm)
  const rules: DiyRules = { minBaseBeads: input.minBaseBeads, beadSizes: sizes, categoryId: input.categoryId }
  await db().collection(COLLECTION.settings).doc(DIY_RULES_ID).set({ data: { ...rules, updatedAt: now } })
  await audit({ actor: by, at: now, action: 'diyAdmin.saveRules', targetId: DIY_RULES_ID, summary: `min base ${rules.minBaseBeads}; sizes ${sizes.map((s) => `${s.beadMm}mm≤${s.maxBeads}`).join(' ')}` })
  return rules
}
