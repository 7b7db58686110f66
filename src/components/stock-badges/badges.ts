import type { ProductStatus } from '@cloud/contracts/catalog'

export type BadgeKind = 'unique' | 'soldOut' | 'off'

/**
 * Which badges a product shows. Off-shelf outranks sold out (the shopper cannot buy it either way,
 * and "off" is the reason); 孤品 stays visible because it explains why stock is 1 or 0.
 */
export function stockBadges(p: { unique: boolean; stock: number; status: ProductStatus }): { kind: BadgeKind; label: string }[] {
  const badges: { kind: BadgeKind; label: string }[] = []
  if (p.unique) badges.push({ kind: 'unique', label: '孤品' })
  if (p.status === 'off') badges.push({ kind: 'off', label: '已下架' })
  else if (p.stock <= 0) badges.push({ kind: 'soldOut', label: '已售罄' })
  return badges
}
