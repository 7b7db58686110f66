/**
 * "粘贴整段地址，自动识别": splits a pasted line such as "张三 13800138000 广东省深圳市南山区科技园路1号" into
 * the address form's fields. Pure and forgiving (labels like 收货人: / 手机号:, +86 and 86- prefixes,
 * phones with spaces or dashes, the name before or after, provinces without 省 and cities without 市,
 * municipalities, autonomous regions and prefectures); it only fills the form, the shopper confirms.
 * Region names come out canonical (the dataset's), so what is shown is what the server accepts.
 */
import { type RegionIndex, type RegionNode } from './region'

export interface RecognisedAddress {
  name: string
  /** Mainland mobile as 11 digits, or a landline as "0755-86000000"; '' when none was found. */
  phone: string
  /** 6 digits, or ''. */
  postcode: string
  province: string
  city: string
  district: string
  detail: string
}

// Longest first: the alternation takes the first label that matches.
const LABELS = [
  '收货人姓名', '收件人姓名', '收货人', '收件人', '联系人', '姓名', '名字',
  '手机号码', '手机号', '联系电话', '联系方式', '电话号码', '手机', '电话',
  '所在地区', '所在地', '省市区', '详细地址', '收货地址', '收件地址', '地址',
  '邮政编码', '邮编',
].join('|')
const SEPARATOR = '[\\s,，;；、|/]'
const LABEL_WITH_COLON = new RegExp(`(?:${LABELS})\\s*[:：]`, 'g')
const LABEL_AT_TOKEN_START = new RegExp(`(^|${SEPARATOR})(?:${LABELS})(?=[\\u4e00-\\u9fa5\\d+\\s]|$)`, 'g')
const SEPARATORS = new RegExp(`(?:${SEPARATOR}|[:：()（）【】\\[\\]<>《》"“”'‘’])+`, 'g')

const MOBILE = /(?:(?:\+|00)?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})/g
const LANDLINE = /(0\d{2,3})([\s-]?)(\d{3,4})[\s-]?(\d{4})/g
const POSTCODE = /(^| )(\d{6})(?= |$)/

/** After a short name ("中山", "江西") these mean a street, not a region: 中山路, 江西路, 南山大道. */
const ROAD_AFTER_SHORT = /^(?:[路街道巷弄号里村桥口站门]|大道|大街|大厦|大桥|大学)/

const SHORT_SUFFIX = /^[省市州盟]$/

const NAME = /^(?:[\u4e00-\u9fa5]{2,6}|[\u4e00-\u9fa5]{1,8}[·•][\u4e00-\u9fa5]{1,12}|[A-Za-z][A-Za-z.'-]{1,30})$/
const PLACE_ENDING = /(号|室|栋|幢|楼|层|路|街|道|巷|弄|村|组|苑|园|城|区|座|单元|厦|场|中心|公寓|小区|花园|镇|乡|县|市|省|门|店|公司|局|院|馆|站|湾|湖|山|岛|府|庄|坊|寓|墅|舍|楼下|大学|学校|医院)$/

function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[—–－]/g, '-')
}

/** Every match of a global pattern (a loop, not String.prototype.matchAll, for older mini program engines). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  const re = new RegExp(pattern.source, 'g')
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m)
  return found
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** The first phone-shaped run not glued to other digits, removed from the text. */
function takePhone(text: string): { phone: string; rest: string } {
  for (const match of allMatches(MOBILE, text)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (isDigit(text[start - 1]) || isDigit(text[end])) continue
    return { phone: match[1] + match[2] + match[3], rest: text.slice(0, start) + ' ' + text.slice(end) }
  }
  for (const match of allMatches(LANDLINE, text)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (isDigit(text[start - 1]) || isDigit(text[end])) continue
    const digits = match[0].replace(/\D/g, '')
    // Without a separator, 010 and 02x are 3-digit area codes, all others 4.
    const areaLength = match[2] ? match[1].length : /^0[12]/.test(digits) ? 3 : 4
    const local = digits.slice(areaLength)
    if (local.length < 7 || local.length > 8) continue
    return { phone: `${digits.slice(0, areaLength)}-${local}`, rest: text.slice(0, start) + ' ' + text.slice(end) }
  }
  return { phone: '', rest: text }
}

interface NameMatch {
  node: RegionNode
  end: number
}

/**
 * Nodes whose full name, or short name not followed by a street word, starts at `pos`: the longest,
 * and among equally long ones the full names (临夏市 over 临夏县 read as "临夏" + 市).
 */
function namesAt(nodes: readonly RegionNode[], text: string, pos: number): NameMatch[] {
  let best: (NameMatch & { exact: boolean })[] = []
  for (const node of nodes) {
    let end = -1
    const exact = text.startsWith(node.name, pos)
    if (exact) end = pos + node.name.length
    else if (node.short !== node.name && text.startsWith(node.short, pos) && !ROAD_AFTER_SHORT.test(text.slice(pos + node.short.length))) {
      end = pos + node.short.length
      // "恩施州", "黔东南州", "吉林市": a short name with a suffix of its own.
      if (SHORT_SUFFIX.test(text[end] ?? '')) end++
    }
    if (end < 0) continue
    const top = best[0]
    if (!top || end > top.end || (end === top.end && exact && !top.exact)) best = [{ node, end, exact }]
    else if (end === top.end && exact === top.exact && !best.some((b) => b.node === node)) best.push({ node, end, exact })
  }
  return best
}

function skipSpaces(text: string, pos: number): number {
  while (text[pos] === ' ') pos++
  return pos
}

interface RegionMatch {
  start: number
  end: number
  province?: RegionNode
  city?: RegionNode
  district?: RegionNode
  levels: number
}

function districtOf(city: RegionNode, text: string, pos: number): NameMatch | undefined {
  const found = namesAt(city.children, text, skipSpaces(text, pos))
  return found.length === 1 ? found[0] : undefined
}

/** province › city › district starting at `pos`, where the province or the city may be left out. */
function regionAt(index: RegionIndex, text: string, pos: number): RegionMatch | undefined {
  const candidates: RegionMatch[] = []
  for (const p of namesAt(index.provinces, text, pos)) {
    const cities = namesAt(p.node.children, text, skipSpaces(text, p.end))
    if (cities.length === 1) {
      const c = cities[0]
      const d = districtOf(c.node, text, c.end)
      candidates.push({ start: pos, end: d?.end ?? c.end, province: p.node, city: c.node, district: d?.node, levels: d ? 3 : 2 })
      continue
    }
    // 北京市朝阳区, 广东省南山区: the district names its city.
    const districts = p.node.children.flatMap((city) => namesAt(city.children, text, skipSpaces(text, p.end)).map((d) => ({ city, d })))
    const longest = Math.max(-1, ...districts.map((x) => x.d.end))
    const top = districts.filter((x) => x.d.end === longest)
    if (top.length === 1) candidates.push({ start: pos, end: top[0].d.end, province: p.node, city: top[0].city, district: top[0].d.node, levels: 3 })
    else candidates.push({ start: pos, end: p.end, province: p.node, levels: 1 })
  }
  // 深圳市南山区…: no province. A city's short name alone is too common a word, so it needs its district.
  for (const province of index.provinces) {
    for (const c of namesAt(province.children, text, pos)) {
      const d = districtOf(c.node, text, c.end)
      const full = text.startsWith(c.node.name, pos)
      if (!d && !full) continue
      candidates.push({ start: pos, end: d?.end ?? c.end, province, city: c.node, district: d?.node, levels: d ? 3 : 2 })
    }
  }
  return candidates.sort((a, b) => b.levels - a.levels || b.end - a.end)[0]
}

function isNameLike(token: string): boolean {
  return NAME.test(token) && !PLACE_ENDING.test(token)
}

function findRegion(index: RegionIndex, text: string): RegionMatch | undefined {
  let best: RegionMatch | undefined
  // Token starts first: that is where regions begin in real pastes.
  for (let pos = 0; pos < text.length; pos++) {
    const atTokenStart = pos === 0 || text[pos - 1] === ' '
    if (text[pos] === ' ') continue
    const found = regionAt(index, text, pos)
    if (!found) continue
    // Inside a token only a match of two levels or more counts ("张三广东省深圳市…"), never a lone short name.
    if (!atTokenStart && found.levels < 2) continue
    const rank = (m: RegionMatch, tokenStart: boolean) => m.levels * 2 + (tokenStart ? 1 : 0)
    if (!best || rank(found, atTokenStart) > rank(best, best.start === 0 || text[best.start - 1] === ' ')) best = found
    if (best.levels === 3 && atTokenStart) break
  }
  return best
}

/** Splits one pasted line into the address form's fields; fields it cannot find come back ''. */
export function recogniseAddress(raw: string, index: RegionIndex): RecognisedAddress {
  let text = toHalfWidth(raw.slice(0, 500))
    .replace(LABEL_WITH_COLON, ' ')
    .replace(LABEL_AT_TOKEN_START, '$1 ')
    .replace(/[()（）]/g, ' ')
    .replace(/\s+/g, ' ')
  const phone = takePhone(text)
  text = phone.rest.replace(SEPARATORS, ' ').trim()
  let postcode = ''
  const post = POSTCODE.exec(text)
  if (post) {
    postcode = post[2]
    text = (text.slice(0, post.index) + post[1] + text.slice(post.index + post[0].length)).replace(/ +/g, ' ').trim()
  }

  const region = findRegion(index, text)
  const before = region ? text.slice(0, region.start).split(' ').filter(Boolean) : []
  const after = (region ? text.slice(region.end) : text).split(' ').filter(Boolean)
  let name = before.find(isNameLike) ?? ''
  if (!name) {
    // The name after the address ("…科技园路1号 张三"), or, with no region found, any name-shaped word.
    const at = region ? (after.length > 0 && isNameLike(after[after.length - 1]) ? after.length - 1 : -1) : after.findIndex(isNameLike)
    if (at >= 0) name = after.splice(at, 1)[0]
  }
  return {
    name,
    phone: phone.phone,
    postcode,
    province: region?.province?.name ?? '',
    city: region?.city?.name ?? '',
    district: region?.district?.name ?? '',
    detail: after.join(' ').slice(0, 120),
  }
}
