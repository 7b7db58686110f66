/**
 * The listing compliance guard: what a crystal shop may not sell or say, checked when a listing (or a
 * material card) is saved. Pure and data-driven: each rule has a code, the message key it reports, the
 * patterns that trip it and the exceptions that let a harmless use through ("珊瑚色玛瑙" is an agate's
 * colour, "象牙白水晶" a quartz's, "转运珠" a bead's name).
 *
 * Severity `refuse` blocks the save: protected-animal materials (China's wildlife protection law lists
 * elephants, giant clams, red corals, hawksbill turtles, rhinos, helmeted hornbills and pangolins; WeChat's
 * rules forbid trading their parts — docs/platform-facts.md), blind rough-stone sales (赌石, a gamble sold
 * as goods) and treated or synthetic stones presented as natural. Severity `warn` lets the save go
 * through but tells the merchant: fortune-telling guarantees and curative claims in copy.
 *
 * Every finding names the rule, the field it was found in and the exact text that matched, so the admin
 * form can point at it.
 */

export type ComplianceSeverity = 'refuse' | 'warn'

export interface ComplianceRule {
  code: string
  severity: ComplianceSeverity
  /** Message key (src/i18n/server-messages/crystal.ts) with params {rule, field, match}. */
  key: string
  patterns: readonly RegExp[]
  /**
   * A match is let through when one of these matches text that covers it (the match's position inside
   * the exception's match), e.g. /象牙(白|色)/ covers the 象牙 of 象牙白水晶.
   */
  exceptions: readonly RegExp[]
  /** A negation right before the match lets it through ("不能治病", "非赌石", "未经染色"). */
  negatable: boolean
}

/** Colour words after an animal material's name make it a colour ("珊瑚色", "象牙白"). */
const COLOUR = '(?:色|白|黄|红色|粉色|橙色|调|系)'
const NEGATION = /(不|非|无|没有|未|未经|并非|不是|不能|不会|不可|不具|不具备|拒绝|杜绝|谢绝|严禁|禁止)[^，。；！？,.;!?\s]{0,2}$/

export const COMPLIANCE_RULES: readonly ComplianceRule[] = [
  {
    code: 'ivory',
    severity: 'refuse',
    key: 'error.crystal.compliance.ivory',
    patterns: [/象牙/g, /猛犸牙/g],
    exceptions: [new RegExp(`象牙${COLOUR}`, 'g'), /象牙塔/g],
    negatable: true,
  },
  {
    code: 'giantClam',
    severity: 'refuse',
    key: 'error.crystal.compliance.giantClam',
    patterns: [/砗磲|车渠/g],
    exceptions: [new RegExp(`(砗磲|车渠)${COLOUR}`, 'g')],
    negatable: true,
  },
  {
    code: 'coral',
    severity: 'refuse',
    key: 'error.crystal.compliance.coral',
    patterns: [/珊瑚/g],
    // 珊瑚色 / 珊瑚红色 / 珊瑚粉 (a colour name before another material), 珊瑚海 (a sea), 珊瑚绒 (fleece)
    exceptions: [new RegExp(`珊瑚${COLOUR}`, 'g'), /珊瑚(红|粉|橙)(?=玛瑙|水晶|玉髓|碧玺|南红|琉璃|月光石|草莓晶|色)/g, /珊瑚海|珊瑚绒/g],
    negatable: true,
  },
  {
    code: 'hawksbill',
    severity: 'refuse',
    key: 'error.crystal.compliance.hawksbill',
    patterns: [/玳瑁/g],
    exceptions: [new RegExp(`玳瑁${COLOUR}`, 'g'), /玳瑁纹/g],
    negatable: true,
  },
  {
    code: 'protectedAnimal',
    severity: 'refuse',
    key: 'error.crystal.compliance.protectedAnimal',
    patterns: [/犀牛角|犀角|鹤顶红|盔犀鸟|穿山甲|虎骨|虎牙|豹牙|熊牙|羚羊角|海龟壳/g],
    exceptions: [],
    negatable: true,
  },
  {
    code: 'blindRough',
    severity: 'refuse',
    key: 'error.crystal.compliance.blindRough',
    patterns: [/赌石|全赌|半赌|赌料|原石盲盒|盲盒原石|开石盲盒|盲开原石/g],
    exceptions: [],
    negatable: true,
  },
  {
    code: 'fortuneGuarantee',
    severity: 'warn',
    key: 'warning.crystal.fortuneGuarantee',
    patterns: [
      /(保证|包|一定|必定|必然|必能|肯定|百分百|100%)(能|会|可以)?(招财|发财|旺财|暴富|转运|升官|中奖|脱单|招桃花)/g,
      /(招财|发财|旺财|转运)(保证|包准|必灵|灵验|有效)/g,
      /改运|逆天改命|改变命运|转运|消灾|化煞|开光/g,
    ],
    // 转运珠 is a bead's trade name; 开光面 / 开窗 are cuts and windows, not rites
    exceptions: [/转运珠/g],
    negatable: true,
  },
  {
    code: 'curativeClaim',
    severity: 'warn',
    key: 'warning.crystal.curativeClaim',
    patterns: [/治病|治疗|疗效|治愈|医治|包治|根治|降血压|降血糖|降血脂|抗癌|防癌|治失眠|防辐射|抗辐射|排毒|药用|医用|保健功效/g],
    exceptions: [],
    negatable: true,
  },
]

/** Treatments and syntheses (GB/T 16552 "处理" and "合成/人造"), which must not be sold as natural. */
// 玻璃 is glass sold as a stone, but not 玻璃光泽 (vitreous lustre) or 玻璃种 (a jadeite grade)
const TREATED = /人工合成|合成|人造|再造|熔炼|染色|充填|注胶|灌胶|镀膜|辐照|扩散处理|覆膜|玻璃(?!光泽|体|质感|瓶|罩|柜|盒|种|底)/g
/** Natural glass is a real thing: obsidian and moldavite are 天然玻璃 (but 天然玻璃猫眼 is glass). */
const NATURAL_GLASS = /天然玻璃(?!猫眼)/g
const NATURAL_CLAIM = /纯天然|天然|原矿|未经处理|未处理|无优化/g
const CLAUSE = /[，。；！？,.;!?\n]/

export const NATURAL_TREATED_RULE = {
  code: 'treatedAsNatural',
  severity: 'refuse' as const,
  key: 'error.crystal.compliance.treatedAsNatural',
}

export interface ComplianceField {
  /** Where the text is, e.g. `title`, `attrs.material`, `skus.0.name`. */
  field: string
  text: string
}

export interface ComplianceFinding {
  rule: string
  severity: ComplianceSeverity
  key: string
  field: string
  /** The text that matched, as written. */
  match: string
}

export interface ComplianceVerdict {
  refusals: ComplianceFinding[]
  warnings: ComplianceFinding[]
}

function matchesIn(text: string, pattern: RegExp): { index: number; text: string }[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  return [...text.matchAll(re)].map((m) => ({ index: m.index ?? 0, text: m[0] }))
}

/** Whether the match at `index` of `length` is covered by one of the exceptions or negated. */
function excused(text: string, index: number, length: number, rule: Pick<ComplianceRule, 'exceptions' | 'negatable'>): boolean {
  for (const ex of rule.exceptions) {
    for (const m of matchesIn(text, ex)) {
      if (m.index <= index && m.index + m.text.length >= index + length) return true
      // an exception that starts at the match and runs on (珊瑚红 + lookahead) also covers it
      if (m.index === index) return true
    }
  }
  return rule.negatable && NEGATION.test(text.slice(Math.max(0, index - 6), index))
}

function findingsOf(rule: ComplianceRule, f: ComplianceField): ComplianceFinding[] {
  const out: ComplianceFinding[] = []
  for (const p of rule.patterns) {
    for (const m of matchesIn(f.text, p)) {
      if (excused(f.text, m.index, m.text.length, rule)) continue
      out.push({ rule: rule.code, severity: rule.severity, key: rule.key, field: f.field, match: m.text })
    }
  }
  return out
}

const unNegated = (text: string, pattern: RegExp) =>
  matchesIn(text, pattern).filter((m) => !NEGATION.test(text.slice(Math.max(0, m.index - 6), m.index)))

/**
 * A treated or synthetic stone presented as natural: a treatment or synthesis word and a natural claim
 * in the same clause, or a treatment in the material's name and a natural claim anywhere.
 */
function treatedAsNatural(fields: readonly ComplianceField[]): ComplianceFinding[] {
  const out: ComplianceFinding[] = []
  const finding = (field: string, match: string): ComplianceFinding => ({ rule: NATURAL_TREATED_RULE.code, severity: 'refuse', key: NATURAL_TREATED_RULE.key, field, match })
  for (const f of fields) {
    for (const clause of f.text.split(CLAUSE)) {
      const glassAt = new Set(matchesIn(clause, NATURAL_GLASS).map((m) => m.index + 2))
      const treated = unNegated(clause, TREATED).filter((m) => !glassAt.has(m.index))
      const natural = unNegated(clause, NATURAL_CLAIM)
      if (treated.length && natural.length) out.push(finding(f.field, `${natural[0].text}…${treated[0].text}`))
    }
  }
  const material = fields.find((f) => f.field === 'attrs.material')
  const treatedMaterial = material ? unNegated(material.text, TREATED)[0] : undefined
  if (material && treatedMaterial && !out.length) {
    for (const f of fields) {
      const natural = unNegated(f.text, NATURAL_CLAIM)[0]
      if (natural) {
        out.push(finding(f.field, `${natural.text}…${treatedMaterial.text}`))
        break
      }
    }
  }
  return out
}

/** Checks every field of a listing (or a material card) against the rule table. */
export function checkCompliance(fields: readonly ComplianceField[], rules: readonly ComplianceRule[] = COMPLIANCE_RULES): ComplianceVerdict {
  const all = [...fields.flatMap((f) => rules.flatMap((r) => findingsOf(r, f))), ...treatedAsNatural(fields)]
  // one finding per (rule, field, match) is enough to point at it
  const seen = new Set<string>()
  const unique = all.filter((x) => {
    const k = `${x.rule}|${x.field}|${x.match}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  return { refusals: unique.filter((x) => x.severity === 'refuse'), warnings: unique.filter((x) => x.severity === 'warn') }
}

/** What of a product draft the guard reads. */
export interface ListingText {
  title: string
  subtitle?: string
  description?: string
  tags?: readonly string[]
  attrs: { material: string; origin: string }
  skus?: readonly { name: string }[]
}

export function listingFields(d: ListingText): ComplianceField[] {
  const fields: ComplianceField[] = [
    { field: 'title', text: d.title },
    { field: 'attrs.material', text: d.attrs.material },
    { field: 'attrs.origin', text: d.attrs.origin },
  ]
  if (d.subtitle) fields.push({ field: 'subtitle', text: d.subtitle })
  if (d.description) fields.push({ field: 'description', text: d.description })
  ;(d.tags ?? []).forEach((t, i) => fields.push({ field: `tags.${i}`, text: t }))
  ;(d.skus ?? []).forEach((s, i) => fields.push({ field: `skus.${i}.name`, text: s.name }))
  return fields
}

export function checkListing(d: ListingText): ComplianceVerdict {
  return checkCompliance(listingFields(d))
}

/** One-of-a-kind pieces are bought from their photos: at least this many, or a video. */
export const UNIQUE_MIN_PHOTOS = 3

export type ListingWarning = { key: string; params: Record<string, string | number> }

/** Warnings that do not block a save: thin media on a one-of-a-kind piece, and the copy rules above. */
export function listingWarnings(d: ListingText & { unique: boolean; media: { images: readonly string[]; video?: string } }, verdict: ComplianceVerdict): ListingWarning[] {
  const out: ListingWarning[] = []
  if (d.unique && !d.media.video && d.media.images.length < UNIQUE_MIN_PHOTOS) {
    out.push({ key: 'warning.crystal.uniqueMedia', params: { photos: d.media.images.length, min: UNIQUE_MIN_PHOTOS } })
  }
  for (const w of verdict.warnings) out.push({ key: w.key, params: { rule: w.rule, field: w.field, match: w.match } })
  return out
}
