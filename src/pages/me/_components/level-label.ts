import type { MemberLevel } from '@cloud/contracts/member'
import type { MessageKey } from '../../../i18n/dictionaries'

/** Member tiers are named after crystals, rising in rarity. */
export const LEVEL_KEYS: Record<MemberLevel, MessageKey> = {
  quartz: 'level.quartz',
  amethyst: 'level.amethyst',
  citrine: 'level.citrine',
  diamond: 'level.diamond',
}

type Translate = (key: MessageKey) => string

/** A tier's name in the chosen language; a level this client does not know yet is shown as sent. */
export function levelLabel(t: Translate, level: MemberLevel | string): string {
  const key = (LEVEL_KEYS as Record<string, MessageKey | undefined>)[level]
  return key ? t(key) : level
}
