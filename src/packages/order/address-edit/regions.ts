/**
 * The region dataset for this page only (@vant/area-data, ~160 KB): imported here, inside the order
 * subpackage, so the main package never carries it. The server checks saved regions against the same
 * data (cloudfunctions/services/address-regions.ts).
 */
import { areaList } from '@vant/area-data'
import { buildRegionIndex, resolveRegion, type Region, type RegionIndex } from '@cloud/domain/address/region'

let index: RegionIndex | null = null

export function regionIndex(): RegionIndex {
  index ??= buildRegionIndex(areaList)
  return index
}

export interface RegionOption {
  text: string
  value: string
  children?: RegionOption[]
}

let options: RegionOption[] | null = null

/** Province › city › district for a cascading picker; leaves carry no `children` key. */
export function regionOptions(): RegionOption[] {
  const toOption = (node: RegionIndex['provinces'][number]): RegionOption =>
    node.children.length ? { text: node.name, value: node.code, children: node.children.map(toOption) } : { text: node.name, value: node.code }
  options ??= regionIndex().provinces.map(toOption)
  return options
}

/** The picker's codes for a region, or [] when it is not in the dataset (an old free-text address). */
export function regionCodes(region: Region): string[] {
  const found = resolveRegion(regionIndex(), region)
  return found.ok ? [...found.codes] : []
}
