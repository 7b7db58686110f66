/**
 * Contact channels and reply templates (`settings/service`): phone, email, service hours as the
 * merchant writes them, and canned replies for the ticket inbox. Edited by owner / operator (settings.write).
 */
import type { Actor } from '../../contracts/common'
import type { ContactSettings, ServiceContactOutput } from '../../contracts/service'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit, diffSummary } from '../audit.service'

const ID = 'service'
const doc = () => db().collection<ContactSettings & { _id: string }>(COLLECTION.settings).doc(ID)

export const EMPTY_CONTACT: ContactSettings = { phone: '', email: '', hours: '', hoursEn: '', replyTemplates: [], updatedAt: null }

export async function getContactSettings(): Promise<ContactSettings> {
  const data = (await doc().get()).data
  if (!data) return EMPTY_CONTACT
  return {
    phone: data.phone ?? '',
    email: data.email ?? '',
    hours: data.hours ?? '',
    hoursEn: data.hoursEn ?? '',
    replyTemplates: data.replyTemplates ?? [],
    updatedAt: data.updatedAt ?? null,
  }
}

export async function getShopperContact(): Promise<ServiceContactOutput> {
  const { replyTemplates, ...rest } = await getContactSettings()
  void replyTemplates
  return rest
}

export async function saveContactSettings(input: Omit<ContactSettings, 'updatedAt'>, actor: Actor, now: number): Promise<ContactSettings> {
  const before = await getContactSettings()
  const next: ContactSettings = { ...input, updatedAt: now }
  await doc().set({ data: { ...next } })
  await audit({
    actor,
    at: now,
    action: 'service.saveContact',
    targetId: ID,
    summary: diffSummary(before as unknown as Record<string, unknown>, next as unknown as Record<string, unknown>, ['phone', 'email', 'hours', 'hoursEn', 'replyTemplates']),
  })
  return next
}
