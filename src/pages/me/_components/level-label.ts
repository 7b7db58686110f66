import type { MemberLevel } from '@cloud/contracts/member'

/** Member tiers are named after crystals, rising in rarity. */
export const LEVEL_LABELS: Record<MemberLevel, string> = {
  quartz: '白水晶会员 / Quartz',
  amethyst: '紫水晶会员 / Amethyst',
  citrine: '黄水晶会员 / Citrine',
  diamond: '钻石会员 / Diamond',
}

export function levelLabel(level: MemberLevel | string): string {
  return (LEVEL_LABELS as Record<string, string>)[level] ?? level
}
