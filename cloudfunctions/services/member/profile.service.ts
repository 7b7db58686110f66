/**
 * The shopper's own profile: what the me page shows, edits to nickname / avatar / birthday, the phone
 * WeChat verified. Every read and write is by the caller's openid only (actions pass ctx.caller.openid).
 */
import type { Member, MeProfileOutput, MeUpdateProfileInput, LevelView } from '../../contracts/member'
import type { StaffRole } from '../../contracts/common'
import { AppError } from '../../core/errors'
import { levelProgress, sortedLevels } from '../../domain/membership/levels'
import type { LevelRule } from '../../domain/membership/member-pricing'
import { birthdayMd, isValidBirthday, maskPhone, mayChangeBirthday, shanghaiYear } from '../../domain/membership/profile'
import { db } from '../../platform/cloud'
import { phoneNumberOf } from '../../platform/openapi'
import { COLLECTION } from '../../schema/collections'
import { ensureMember } from '../member.service'
import { usableCouponCount } from '../coupon/usable-coupons'
import { recordConsents } from '../notice/notice'
import { members } from './member-ledger'
import { membershipSettings } from './membership-settings'

const view = (l: LevelRule): LevelView => ({ key: l.key, name: l.name, thresholdFen: l.thresholdFen, discountPercent: l.discountPercent, freeShipping: l.freeShipping, birthdayCouponFen: l.birthdayCouponFen })

async function orderCounts(openid: string): Promise<MeProfileOutput['orderCounts']> {
  const _ = db().command
  const orders = db().collection(COLLECTION.orders)
  const [pending, toShip, toReceive, afterSale] = await Promise.all([
    orders.where({ openid, state: 'pending_payment' }).count(),
    orders.where({ openid, state: 'paid' }).count(),
    orders.where({ openid, state: _.in(['shipped', 'delivered']) }).count(),
    orders.where({ openid, state: 'after_sale' }).count(),
  ])
  return { pending_payment: pending.total, to_ship: toShip.total, to_receive: toReceive.total, after_sale: afterSale.total }
}

export function profileOf(member: Member, levels: readonly LevelRule[], now: number): Omit<MeProfileOutput, 'isStaff' | 'staffRole' | 'orderCounts' | 'favoriteCount' | 'browseCount' | 'couponCount'> {
  const sorted = sortedLevels(levels)
  const progress = levelProgress(member.level, member.spentFen ?? 0, sorted)
  return {
    openid: member.openid,
    nickname: member.nickname,
    avatar: member.avatar ?? null,
    level: progress.current.key,
    levelInfo: view(progress.current),
    points: member.points ?? 0,
    createdAt: member.createdAt,
    progress: { spentFen: member.spentFen ?? 0, next: progress.next ? view(progress.next) : null, toNextFen: progress.toNextFen, percent: progress.percent },
    birthday: member.birthday ?? null,
    wristMm: typeof member.wristMm === 'number' ? member.wristMm : null,
    birthdayChangeable: !member.birthday || member.birthdayChangedYear !== shanghaiYear(now),
    phoneMasked: member.phoneMasked ?? null,
    phone: member.phone ?? null,
  }
}

export async function myProfile(openid: string, staffRole: StaffRole | null, now: number): Promise<MeProfileOutput> {
  const [member, settings, counts, favorites, browse, coupons] = await Promise.all([
    ensureMember(openid, now),
    membershipSettings(now),
    orderCounts(openid),
    db().collection(COLLECTION.favorites).where({ openid }).count(),
    db().collection(COLLECTION.browse).where({ openid }).count(),
    usableCouponCount(openid, now),
  ])
  return { ...profileOf(member, settings.levels, now), isStaff: staffRole !== null, staffRole, orderCounts: counts, favoriteCount: favorites.total, browseCount: browse.total, couponCount: coupons }
}

export async function updateMyProfile(openid: string, input: MeUpdateProfileInput, now: number): Promise<void> {
  const member = await ensureMember(openid, now)
  const data: Record<string, unknown> = {}
  if (input.nickname !== undefined) data.nickname = input.nickname
  if (input.avatar !== undefined) data.avatar = input.avatar
  const where: Record<string, unknown> = { _id: openid }
  if (input.birthday) {
    if (!isValidBirthday(input.birthday)) throw new AppError('INVALID_INPUT', 'error.member.birthdayInvalid', { month: input.birthday.month, day: input.birthday.day })
    const verdict = mayChangeBirthday(member, input.birthday, now)
    if (verdict === 'onceAYear') throw new AppError('CONFLICT', 'error.member.birthdayOnceAYear')
    if (verdict === 'ok') {
      data.birthday = { month: input.birthday.month, day: input.birthday.day }
      data.birthdayMd = birthdayMd(input.birthday)
      if (member.birthday) data.birthdayChangedYear = shanghaiYear(now)
      // Conditional on the birthday we judged, so two racing changes cannot both pass the once-a-year rule.
      where['birthdayMd'] = member.birthdayMd ?? db().command.exists(false)
    }
  }
  if (input.birthdayConsent) await recordConsents(openid, { birthday: input.birthdayConsent }, now)
  if (!Object.keys(data).length) return
  const { stats } = await members().where(where).update({ data: { ...data, updatedAt: now } })
  if (stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.member')
}

export async function bindMyPhone(openid: string, code: string, now: number): Promise<{ phoneMasked: string }> {
  await ensureMember(openid, now)
  const phone = await phoneNumberOf(code)
  if (!phone) throw new AppError('INVALID_INPUT', 'error.member.phoneCode')
  const phoneMasked = maskPhone(phone)
  await members().doc(openid).update({ data: { phone, phoneMasked, updatedAt: now } })
  return { phoneMasked }
}
