/**
 * Material cards (寓意, Mohs hardness, care): the merchant's list, edits (conditional on the version the
 * form loaded; the listing guard over every text), removal and the shop's defaults. Every write bumps the
 * catalogue stamp, so each function instance's search index re-reads the cards' meanings.
 */
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Actor } from '../../contracts/common'
import { MATERIALS_LIMIT, type MaterialCard, type MaterialSaveOutput, type MaterialSaveInput } from '../../contracts/crystal'
import { AppError, changedMeanwhile, notFound } from '../../core/errors'
import { DEFAULT_MATERIALS, defaultMaterialId } from '../../domain/crystal/material-defaults'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit, diffSummary } from '../audit.service'
import { bumpCatalogVersion } from '../search/search-settings'
import { guardText } from './listing-guard'

type SaveInput = z.output<typeof MaterialSaveInput>
type Draft = SaveInput['draft']

const materials = () => db().collection<MaterialCard>(COLLECTION.materials)

export async function listMaterials(): Promise<MaterialCard[]> {
  const { data } = await materials().orderBy('name', 'asc').limit(MATERIALS_LIMIT).get()
  return data
}

const uniq = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))]

function fieldsOf(draft: Draft) {
  const aliases = uniq(draft.aliases).filter((a) => a !== draft.name)
  return {
    name: draft.name,
    aliases,
    meanings: uniq(draft.meanings),
    culture: draft.culture,
    mohs: draft.mohs.replace('-', '–'),
    care: uniq(draft.care),
    names: [draft.name, ...aliases],
  }
}

/** The listing guard over the card's words: a protected animal or 赌石 is refused, claims are warned. */
function guardCard(f: ReturnType<typeof fieldsOf>) {
  return guardText([
    { field: 'name', text: f.name },
    ...f.aliases.map((text, i) => ({ field: `aliases.${i}`, text })),
    ...f.meanings.map((text, i) => ({ field: `meanings.${i}`, text })),
    { field: 'culture', text: f.culture },
    ...f.care.map((text, i) => ({ field: `care.${i}`, text })),
  ])
}

export async function saveMaterial(input: SaveInput, actor: Actor, now: number): Promise<MaterialSaveOutput> {
  const fields = fieldsOf(input.draft)
  const warnings = guardCard(fields)
  const _ = db().command
  const before = input.id ? (await materials().doc(input.id).get()).data : null
  if (input.id && !before) throw notFound('material', input.id)
  if (before && input.version === undefined) {
    throw new AppError('INVALID_INPUT', 'error.input.versionRequired', {}, [{ path: 'version', message: 'error.input.versionRequired' }])
  }
  if (before && before.version !== input.version) throw changedMeanwhile('material', { version: before.version })
  // a name or alias already on another card would make a product's card ambiguous
  const { data: clash } = await materials().where({ names: _.in(fields.names) }).limit(5).field({ _id: true, name: true, names: true }).get()
  const other = clash.find((c) => c._id !== before?._id)
  if (other) {
    const taken = fields.names.find((n) => other.names.includes(n)) ?? fields.name
    throw new AppError('CONFLICT', 'error.crystal.materialNameTaken', { name: taken, card: other.name }, { name: taken, cardId: other._id })
  }
  let saved: MaterialCard
  if (before) {
    const { stats } = await materials()
      .where({ _id: before._id, version: before.version })
      .update({ data: { ...fields, aliases: _.set(fields.aliases), meanings: _.set(fields.meanings), care: _.set(fields.care), names: _.set(fields.names), updatedAt: now, version: _.inc(1) } })
    if (stats.updated === 0) throw changedMeanwhile('material')
    saved = { ...before, ...fields, updatedAt: now, version: before.version + 1 }
  } else {
    saved = { _id: `mat-${randomUUID().replace(/-/g, '').slice(0, 12)}`, ...fields, updatedAt: now, version: 1 }
    const { _id, ...doc } = saved
    await materials().doc(_id).set({ data: doc })
  }
  await audit({
    actor,
    at: now,
    action: before ? 'materials.update' : 'materials.create',
    targetId: saved._id,
    summary: diffSummary(before as unknown as Record<string, unknown> | null, saved as unknown as Record<string, unknown>, ['name', 'aliases', 'meanings', 'culture', 'mohs', 'care']),
  })
  await bumpCatalogVersion(now)
  return { ...saved, warnings }
}

export async function removeMaterial(id: string, actor: Actor, now: number): Promise<{ removed: true }> {
  const { data } = await materials().doc(id).get()
  if (!data) throw notFound('material', id)
  await materials().doc(id).remove()
  await audit({ actor, at: now, action: 'materials.remove', targetId: id, summary: `removed ${data.name}` })
  await bumpCatalogVersion(now)
  return { removed: true }
}

/** Adds the default cards whose names no card has yet (a re-run adds nothing). */
export async function seedDefaultMaterials(actor: Actor, now: number): Promise<{ added: number }> {
  const existing = await listMaterials()
  const taken = new Set(existing.flatMap((c) => c.names))
  let added = 0
  for (const [i, card] of DEFAULT_MATERIALS.entries()) {
    const fields = fieldsOf(card)
    if (fields.names.some((n) => taken.has(n))) continue
    const id = defaultMaterialId(i)
    const { data: there } = await materials().doc(id).get()
    if (there) continue
    await materials().doc(id).set({ data: { ...fields, updatedAt: now, version: 1 } })
    fields.names.forEach((n) => taken.add(n))
    added++
  }
  if (added) {
    await audit({ actor, at: now, action: 'materials.seedDefaults', targetId: 'materials', summary: `added ${added} default cards` })
    await bumpCatalogVersion(now)
  }
  return { added }
}
