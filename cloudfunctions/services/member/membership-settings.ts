/**
 * settings/membership: levels, points rule, downgrade setting. Read through a per-instance cache (30 s)
 * so the hot path (quote, create) pays no extra round trip on a warm function; a save clears this
 * instance's cache, other instances pick the change up within the TTL.
 */
import type { Actor } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { membershipSettingsOf, type MembershipSettings } from '../../domain/membership/member-pricing'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit, diffSummary } from '../audit.service'

const TTL_MS = 30_000
let cached: { at: number; settings: MembershipSettings } | null = null

const doc = () => db().collection<Partial<MembershipSettings> & { updatedAt?: number }>(COLLECTION.settings).doc('membership')

export async function membershipSettings(now: number): Promise<MembershipSettings> {
  if (cached && now - cached.at < TTL_MS && now >= cached.at) return cached.settings
  const { data } = await doc().get()
  const settings = membershipSettingsOf(data)
  cached = { at: now, settings }
  return settings
}

/** Tests and saves: forget the cached copy. */
export function forgetMembershipSettings(): void {
  cached = null
}

export async function saveMembershipSettings(next: MembershipSettings, actor: Actor, now: number): Promise<MembershipSettings> {
  const before = membershipSettingsOf((await doc().get()).data)
  const settings = membershipSettingsOf(next)
  const keys = new Set<string>()
  for (const l of settings.levels) {
    if (keys.has(l.key)) throw new AppError('INVALID_INPUT', 'error.membership.duplicateLevel', { key: l.key })
    keys.add(l.key)
  }
  await doc().set({ data: { ...settings, updatedAt: now } })
  forgetMembershipSettings()
  await audit({
    actor,
    at: now,
    action: 'membership.saveSettings',
    targetId: 'membership',
    summary: diffSummary(before as unknown as Record<string, unknown>, settings as unknown as Record<string, unknown>, ['levels', 'points', 'downgradeMidYear']),
  })
  return settings
}
