import type { LevelView, MemberLevel } from '@cloud/contracts/member'
import { DEFAULT_MEMBERSHIP_SETTINGS } from '../../../../cloudfunctions/domain/membership/member-pricing'
import type { MessageKey } from '../../../i18n/dictionaries'

/** Member tiers are named after crystals, rising in rarity. */
export const LEVEL_KEYS: Record<string, MessageKey> = {
  quartz: 'level.quartz',
  amethyst: 'level.amethyst',
  citrine: 'level.citrine',
  diamond: 'level.diamond',
}

type Translate = (key: MessageKey) => string

/** A tier's name in the chosen language; a level this client does not know yet is shown as sent. */
export function levelLabel(t: Translate, level: MemberLevel | string): string {
  const key = LEVEL_KEYS[level]
  return key ? t(key) : level
}

/**
 * A level as the merchant set it: a default level still under its default name is translated (`level.*`);
 * a renamed or added one shows the merchant's own name, as typed.
 */
export function levelName(t: Translate, level: Pick<LevelView, 'key' | 'name'>): string {
  const byDefault = DEFAULT_MEMBERSHIP_SETTINGS.levels.find((l) => l.key === level.key)
  return byDefault && byDefault.name === level.name ? levelLabel(t, level.key) : level.name
}
