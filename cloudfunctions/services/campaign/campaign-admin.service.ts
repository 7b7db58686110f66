/**
 * Holiday campaigns, the merchant's side: create, edit (conditional on the version read), pause and
 * resume, each audited with before → after. The linked promotions run in the campaign's window and
 * follow its pause / resume (written by services/promotion/promotion-admin.service.ts).
 */
import type { Actor } from '../../contracts/common'
import type { Campaign, CampaignAdmin, CampaignListOutput, CampaignSaveData, CampaignStatus } from '../../contracts/campaign'
import { changedMeanwhile, notFound } from '../../core/errors'
import { campaignPhase } from '../../domain/campaign/campaign'
import { audit, diffSummary } from '../audit.service'
import { alignCampaignPromotions, checkCampaignPromotions, setCampaignPromotionsStatus } from '../promotion/promotion-admin.service'
import { recordKey } from '../record-key'
import { campaigns } from './campaign.service'

interface By {
  by: Actor
  now: number
  requestId: string
}

const FIELDS = ['name', 'headline', 'copy', 'color', 'banner', 'products', 'startAt', 'endAt', 'promotionIds', 'status']

export async function saveCampaign(input: CampaignSaveData, by: By): Promise<CampaignAdmin> {
  const before = input.id ? (await campaigns().doc(input.id).get()).data : null
  if (input.id && !before) throw notFound('campaign', input.id)
  // Edited from the version the form loaded, not just from what we read now.
  if (before && before.updatedAt !== input.expectedUpdatedAt) throw changedMeanwhile('campaign', { id: input.id, updatedAt: before.updatedAt })
  const promotionIds = [...new Set(input.promotionIds)]
  const _id = input.id ?? recordKey('cp', by.by.kind === 'staff' ? by.by.openid : 'system', by.requestId)
  const fields = {
    name: input.name,
    headline: input.headline,
    copy: input.copy,
    color: input.color,
    banner: input.banner,
    products: input.products,
    startAt: input.startAt,
    endAt: input.endAt,
    promotionIds,
  }
  // The promotions must exist before anything is written (a typo in an id changes nothing).
  await checkCampaignPromotions(promotionIds)
  let doc: Campaign
  if (before) {
    doc = { ...before, ...fields, updatedAt: by.now }
    const r = await campaigns().where({ _id, updatedAt: before.updatedAt }).update({ data: { ...fields, updatedAt: by.now } })
    if (r.stats.updated !== 1) throw changedMeanwhile('campaign', { id: _id })
  } else {
    doc = { _id, ...fields, status: 'active', createdAt: by.now, updatedAt: by.now }
    await campaigns()
      .add({ data: doc as unknown as Record<string, unknown> })
      .catch(async (err) => {
        // A retry of the same request (same id) finds its own record.
        if (!(await campaigns().doc(_id).get()).data) throw err
      })
  }
  await audit({ actor: by.by, at: by.now, action: 'campaigns.save', targetId: _id, summary: `campaign ${doc.name}: ${diffSummary(before as never, doc as never, FIELDS)}` })
  await alignCampaignPromotions(_id, promotionIds, { startAt: doc.startAt, endAt: doc.endAt, status: doc.status }, before?.promotionIds ?? [], by)
  return { ...doc, phase: campaignPhase(doc, by.now) }
}

export async function setCampaignStatus(id: string, status: CampaignStatus, by: By): Promise<CampaignAdmin> {
  const before = (await campaigns().doc(id).get()).data
  if (!before) throw notFound('campaign', id)
  if (before.status !== status) {
    const r = await campaigns().where({ _id: id, status: before.status }).update({ data: { status, updatedAt: by.now } })
    if (r.stats.updated !== 1) throw changedMeanwhile('campaign', { id })
    await audit({ actor: by.by, at: by.now, action: 'campaigns.setStatus', targetId: id, summary: `campaign ${before.name}: status ${before.status} → ${status}` })
    await setCampaignPromotionsStatus(id, before.promotionIds, status, by)
  }
  const after = { ...before, status, updatedAt: by.now }
  return { ...after, phase: campaignPhase(after, by.now) }
}

export async function listCampaigns(q: { page: number; pageSize: number }, now: number): Promise<CampaignListOutput> {
  const [rows, counted] = await Promise.all([
    campaigns().orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    campaigns().count(),
  ])
  const items = rows.data.map((c) => ({ ...c, phase: campaignPhase(c, now) }))
  return { items, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + items.length < counted.total }
}

