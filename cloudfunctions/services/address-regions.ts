/**
 * The region dataset the shop's picker shows (@vant/area-data), loaded once per function instance,
 * and the check a saved address's province / city / district must pass.
 */
import { areaList } from '@vant/area-data'
import { buildRegionIndex, resolveRegion, type Region, type RegionIndex } from '../domain/address/region'
import { AppError } from '../core/errors'

let index: RegionIndex | null = null

export function regionIndex(): RegionIndex {
  index ??= buildRegionIndex(areaList)
  return index
}

/**
 * The dataset's names for a typed or picked region (广东 → 广东省); a region that does not exist is
 * INVALID_INPUT with the field that failed in `details`, like a schema error, so the form shows it there.
 */
export function canonicalRegion(typed: Region): Region {
  const found = resolveRegion(regionIndex(), typed)
  if (!found.ok) throw new AppError('INVALID_INPUT', 'error.address.region', {}, found.problems)
  return found.region
}
