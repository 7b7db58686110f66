/** Demo DIY 手串 components, so a new shopper (and the e2e) has something to string. Stable ids; inserted when missing. */
import type { DiyComponent } from '../../cloudfunctions/contracts/diy'

type Seed = Omit<DiyComponent, 'sold' | 'version' | 'createdAt' | 'updatedAt' | 'status'>

const SEED: Seed[] = [
  { _id: 'dc-base-amethyst-8', kind: 'base', name: '紫水晶圆珠', material: '紫水晶', beadMm: 8, price: 600, stock: 400, color: '#8e5bb5', fitsBeadMm: [], sort: 1 },
  { _id: 'dc-base-rose-8', kind: 'base', name: '粉晶圆珠', material: '粉水晶', beadMm: 8, price: 500, stock: 400, color: '#f2b8c6', fitsBeadMm: [], sort: 2 },
  { _id: 'dc-base-clear-10', kind: 'base', name: '白水晶圆珠', material: '白水晶', beadMm: 10, price: 700, stock: 300, color: '#e8eef2', fitsBeadMm: [], sort: 3 },
  { _id: 'dc-accent-citrine-8', kind: 'accent', name: '黄水晶配珠', material: '黄水晶', beadMm: 8, price: 900, stock: 120, color: '#e8b93c', fitsBeadMm: [], sort: 1 },
  { _id: 'dc-accent-aqua-8', kind: 'accent', name: '海蓝宝配珠', material: '海蓝宝', beadMm: 8, price: 1500, stock: 60, color: '#7fc8d8', fitsBeadMm: [], sort: 2 },
  { _id: 'dc-spacer-silver-3', kind: 'spacer', name: '925 银隔珠', material: '925 银', beadMm: 3, price: 300, stock: 500, color: '#c0c4c8', fitsBeadMm: [], sort: 1 },
  { _id: 'dc-spacer-gold-3', kind: 'spacer', name: '金色隔片', material: '合金', beadMm: 3, price: 200, stock: 500, color: '#d4a94a', fitsBeadMm: [], sort: 2 },
  { _id: 'dc-charm-lotus', kind: 'charm', name: '莲花银吊坠', material: '925 银', beadMm: 12, price: 2800, stock: 40, color: '#b8bcc4', fitsBeadMm: [8, 10], sort: 1 },
  { _id: 'dc-charm-moon', kind: 'charm', name: '月亮小吊坠', material: '合金', beadMm: 10, price: 1200, stock: 40, color: '#e0c060', fitsBeadMm: [6, 8], sort: 2 },
]

export function seedDiyComponents(baseTime: number): DiyComponent[] {
  return SEED.map((s) => ({ ...s, status: 'on', sold: 0, version: 1, createdAt: baseTime, updatedAt: baseTime }))
}
