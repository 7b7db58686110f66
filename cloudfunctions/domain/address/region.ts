/**
 * Mainland China's province → city → district tree, and matching the names people type against it.
 * Pure: the data comes in as an argument (the vant area-data shape: 6-digit codes → names), so the
 * server validates with the very dataset the shop's region picker shows (services/address-regions.ts,
 * src/packages/order/address-edit/regions.ts load it; the domain never imports it).
 *
 * Names are matched in full ("广东省") or short ("广东", "内蒙古", "恩施", "南山"); whatever was typed,
 * the canonical dataset names are what comes out and what is stored.
 */

/** Codes → names, as published by @vant/area-data (`areaList`). */
export interface AreaList {
  province_list: Record<string, string>
  city_list: Record<string, string>
  county_list: Record<string, string>
}

export interface RegionNode {
  code: string
  name: string
  /** The name without its administrative suffix (省/市/自治区/自治州/地区/盟/区/县…), or the name when that would leave < 2 characters. */
  short: string
  children: RegionNode[]
}

export interface RegionIndex {
  provinces: RegionNode[]
  byCode: Map<string, RegionNode>
}

export interface Region {
  province: string
  city: string
  district: string
}

/** What a region did not match, by field; `key` is translated by the client (error.address.*). */
export interface RegionProblem {
  path: keyof Region
  message: string
}

// The 56 ethnic groups' names as they appear in autonomous prefectures/counties/banners
// ("恩施土家族苗族自治州", "博尔塔拉蒙古自治州", "白沙黎族自治县").
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺'
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族?)*自治(?:区|州|县|旗)$`)
const SUFFIXES = ['特别行政区', '地区', '林区', '新区', '省', '市', '盟', '区', '县', '旗', '州']

/** "广西壮族自治区" → "广西", "伊犁哈萨克自治州" → "伊犁", "南山区" → "南山", "城区" → "城区". */
export function shortRegionName(name: string): string {
  const autonomous = AUTONOMOUS.exec(name)
  if (autonomous) return autonomous[1]
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length)
  }
  return name
}

function node(code: string, name: string): RegionNode {
  return { code, name, short: shortRegionName(name), children: [] }
}

export function buildRegionIndex(list: AreaList): RegionIndex {
  const byCode = new Map<string, RegionNode>()
  const provinces: RegionNode[] = []
  for (const [code, name] of Object.entries(list.province_list)) {
    const p = node(code, name)
    provinces.push(p)
    byCode.set(code, p)
  }
  for (const [code, name] of Object.entries(list.city_list)) {
    const parent = byCode.get(code.slice(0, 2) + '0000')
    if (!parent) continue
    const c = node(code, name)
    parent.children.push(c)
    byCode.set(code, c)
  }
  for (const [code, name] of Object.entries(list.county_list)) {
    const parent = byCode.get(code.slice(0, 4) + '00')
    if (!parent) continue
    const d = node(code, name)
    parent.children.push(d)
    byCode.set(code, d)
  }
  return { provinces, byCode }
}

/** The child named `typed` (full name first, then short name); undefined when none or when a short name is ambiguous. */
export function childNamed(nodes: readonly RegionNode[], typed: string): RegionNode | undefined {
  const name = typed.trim()
  if (!name) return undefined
  const full = nodes.find((n) => n.name === name)
  if (full) return full
  const short = shortRegionName(name)
  const matches = nodes.filter((n) => n.short === name || n.short === short)
  return matches.length === 1 ? matches[0] : undefined
}

/** Placeholder cities that hold county-level cities directly under a province (省直辖县, 县 …). */
export function isPlaceholderCity(city: RegionNode): boolean {
  return city.name === '县' || city.name.includes('直辖')
}

/**
 * The canonical region for what was typed or picked, or the problems by field. A district filed under
 * a placeholder city (湖北省 › 省直辖县 › 仙桃市) or in a municipality is found from the district alone,
 * whatever the city was called (WeChat's own region data names these levels differently).
 */
export function resolveRegion(index: RegionIndex, typed: Region): { ok: true; region: Region; codes: [string, string, string] } | { ok: false; problems: RegionProblem[] } {
  const province = childNamed(index.provinces, typed.province)
  if (!province) return { ok: false, problems: [{ path: 'province', message: 'error.address.unknownProvince' }] }
  let city = childNamed(province.children, typed.city)
  let district = city ? childNamed(city.children, typed.district) : undefined
  if (!district) {
    // The district decides the city only where the city level is a formality that other datasets name
    // otherwise: county-level cities under a placeholder (仙桃市 › 省直辖县) and municipalities
    // (北京市 › 北京市 vs 市辖区). Anywhere else a city that is not the district's stays an error.
    const candidates = province.children.flatMap((c) => {
      const d = childNamed(c.children, typed.district)
      return d ? [{ c, d }] : []
    })
    const only = candidates.length === 1 ? candidates[0] : undefined
    if (only && (isPlaceholderCity(only.c) || isMunicipality(province))) {
      city = only.c
      district = only.d
    }
  }
  if (!city) return { ok: false, problems: [{ path: 'city', message: 'error.address.unknownCity' }] }
  if (!district) return { ok: false, problems: [{ path: 'district', message: 'error.address.unknownDistrict' }] }
  return { ok: true, region: { province: province.name, city: city.name, district: district.name }, codes: [province.code, city.code, district.code] }
}

/** Provinces whose only real city carries the province's own name: 北京/上海/天津/重庆. */
export function isMunicipality(province: RegionNode): boolean {
  return province.children.some((c) => c.name === province.name)
}
