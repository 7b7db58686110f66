/**
 * Who moved an order and which carrier took it, in the chosen language (order and after-sale states
 * are keyed in order-labels.ts).
 */
import type { Actor } from '@cloud/contracts/common'
import type { MessageKey } from '../../i18n/dictionaries'
import { CARRIERS } from './carriers'

const ACTOR_KEYS: Record<string, MessageKey> = {
  buyer: 'actor.buyer',
  merchant: 'actor.merchant',
  pay: 'actor.pay',
  system: 'actor.system',
}

const CARRIER_KEYS: Record<string, MessageKey> = {
  SF: 'carrier.SF',
  YTO: 'carrier.YTO',
  ZTO: 'carrier.ZTO',
  YUNDA: 'carrier.YUNDA',
  EMS: 'carrier.EMS',
  STO: 'carrier.STO',
  JD: 'carrier.JD',
  YZPY: 'carrier.YZPY',
  JTSD: 'carrier.JTSD',
  DB: 'carrier.DB',
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** Who moved an order, in the current language: buyer, staff (with their role), system or WeChat Pay. */
export function localActorLabel(t: Translate, actor: Actor | string): string {
  if (typeof actor === 'string') {
    const key = ACTOR_KEYS[actor]
    return key ? t(key) : actor
  }
  if (actor.kind === 'staff') return t('actor.staff', { role: actor.role })
  return t(ACTOR_KEYS[actor.kind])
}

/** A carrier's name in the current language; an unknown code is shown as is. */
export function localCarrierName(t: Translate, code: string): string {
  const known = CARRIERS.find((c) => c.code.toLowerCase() === code.toLowerCase())
  const key = known ? CARRIER_KEYS[known.code] : undefined
  return key ? t(key) : code
}
