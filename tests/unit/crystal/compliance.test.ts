/**
 * The listing compliance guard over a table of listing texts a merchant might write: protected animals,
 * 赌石, treated stones sold as natural are refused; fortune and curative claims are warned; colour names,
 * trade names and negations pass. Each row names the verdict and the rule expected.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCompliance, checkListing, listingWarnings, COMPLIANCE_RULES } from '../../../cloudfunctions/domain/crystal/compliance'

type Verdict = 'ok' | 'refuse' | 'warn'
/** [title, material, expected verdict, rule expected (refusal first, else warning), matched text] */
const TABLE: [string, string, Verdict, string?, string?][] = [
  // allowed: plain listings
  ['巴西紫水晶手串 8mm', '紫水晶', 'ok'],
  ['天然粉晶手链 女款', '粉水晶', 'ok'],
  ['马达加斯加白水晶簇 原石摆件', '白水晶', 'ok'],
  ['寓意招财的黄水晶手串', '黄水晶', 'ok'],
  ['安神助眠香薰配石 紫水晶', '紫水晶', 'ok'],
  ['海蓝宝手串 冰透', '海蓝宝', 'ok'],
  // allowed: the tricky colour and trade names
  ['珊瑚色玛瑙手串', '玛瑙', 'ok'],
  ['象牙白水晶手串', '白水晶', 'ok'],
  ['仿象牙色琉璃吊坠', '琉璃', 'ok'],
  ['珊瑚红玛瑙 南红配珠', '玛瑙', 'ok'],
  ['玳瑁色眼镜链 配碧玺', '碧玺', 'ok'],
  ['玳瑁纹琥珀吊坠', '琥珀', 'ok'],
  ['转运珠 黄金配白水晶', '白水晶', 'ok'],
  ['珊瑚海沿岸采集的海纹石', '海纹石', 'ok'],
  ['砗磲色月光石手串', '月光石', 'ok'],
  ['本店不售赌石，件件明料', '绿幽灵', 'ok'],
  ['天然紫水晶 未经染色', '紫水晶', 'ok'],
  ['天然黑曜石 玻璃光泽', '黑曜石', 'ok'],
  ['染色玛瑙手串（处理）', '染色玛瑙', 'ok'],
  ['合成立方氧化锆耳钉', '合成立方氧化锆', 'ok'],
  ['水晶不能治病，只是好看', '白水晶', 'ok'],
  ['天然草莓晶 非合成', '草莓晶', 'ok'],
  // refused: protected animals
  ['象牙手串 老料', '象牙', 'refuse', 'ivory', '象牙'],
  ['猛犸牙雕件', '猛犸牙', 'refuse', 'ivory', '猛犸牙'],
  ['白砗磲佛珠 108颗', '砗磲', 'refuse', 'giantClam', '砗磲'],
  ['阿卡红珊瑚吊坠', '珊瑚', 'refuse', 'coral', '珊瑚'],
  ['MOMO珊瑚手串', '珊瑚', 'refuse', 'coral', '珊瑚'],
  ['老玳瑁手镯', '玳瑁', 'refuse', 'hawksbill', '玳瑁'],
  ['鹤顶红挂件', '鹤顶红', 'refuse', 'protectedAnimal', '鹤顶红'],
  ['犀角杯 收藏级', '犀角', 'refuse', 'protectedAnimal', '犀角'],
  ['玛瑙配珊瑚隔珠手串', '玛瑙', 'refuse', 'coral', '珊瑚'],
  // refused: blind rough
  ['缅甸翡翠赌石 全赌料', '翡翠', 'refuse', 'blindRough', '赌石'],
  ['原石盲盒 开出什么算什么', '水晶原石', 'refuse', 'blindRough', '原石盲盒'],
  ['半赌翡翠毛料', '翡翠', 'refuse', 'blindRough', '半赌'],
  // refused: treated or synthetic presented as natural
  ['天然紫水晶 熔炼', '紫水晶', 'refuse', 'treatedAsNatural', '天然…熔炼'],
  ['纯天然染色玛瑙', '玛瑙', 'refuse', 'treatedAsNatural', '纯天然…染色'],
  ['天然绿松石 注胶优化', '绿松石', 'refuse', 'treatedAsNatural', '天然…注胶'],
  ['天然水晶球 直径8cm', '合成水晶', 'refuse', 'treatedAsNatural', '天然…合成'],
  ['天然玻璃猫眼手串', '猫眼石', 'refuse', 'treatedAsNatural', '天然…玻璃'],
  ['人造天然蓝宝石', '蓝宝石', 'refuse', 'treatedAsNatural', '天然…人造'],
  // warned: fortune and curative claims
  ['黄水晶 保证招财', '黄水晶', 'warn', 'fortuneGuarantee', '保证招财'],
  ['貔貅手串 招财灵验', '黑曜石', 'warn', 'fortuneGuarantee', '招财灵验'],
  ['改运紫水晶', '紫水晶', 'warn', 'fortuneGuarantee', '改运'],
  ['大师开光 虎眼石手串', '虎眼石', 'warn', 'fortuneGuarantee', '开光'],
  ['白水晶可治病', '白水晶', 'warn', 'curativeClaim', '治病'],
  ['黑曜石防辐射 手机伴侣', '黑曜石', 'warn', 'curativeClaim', '防辐射'],
  ['降血压 磁石手链', '磁石', 'warn', 'curativeClaim', '降血压'],
  ['佩戴一定能发财的金发晶', '金发晶', 'warn', 'fortuneGuarantee', '一定能发财'],
]

function verdictOf(title: string, material: string) {
  const v = checkListing({ title, attrs: { material, origin: '巴西' } })
  if (v.refusals.length) return { verdict: 'refuse' as const, first: v.refusals[0] }
  if (v.warnings.length) return { verdict: 'warn' as const, first: v.warnings[0] }
  return { verdict: 'ok' as const, first: undefined }
}

describe('listing compliance table', () => {
  it('holds at least 40 texts, allowed and banned', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40)
    expect(TABLE.filter((r) => r[2] === 'ok').length).toBeGreaterThanOrEqual(15)
    expect(TABLE.filter((r) => r[2] === 'refuse').length).toBeGreaterThanOrEqual(15)
  })

  it.each(TABLE)('%s (%s) → %s %s', (title, material, expected, rule, match) => {
    const { verdict, first } = verdictOf(title, material)
    expect(verdict).toBe(expected)
    if (rule) {
      expect(first?.rule).toBe(rule)
      expect(first?.match).toBe(match)
    }
  })
})

describe('findings name where and what', () => {
  it('points at the field and keeps the exact text', () => {
    const v = checkListing({ title: '紫水晶手串', description: '搭配一颗珊瑚隔珠，寓意吉祥。', tags: ['招财'], attrs: { material: '紫水晶', origin: '巴西' } })
    expect(v.refusals).toEqual([{ rule: 'coral', severity: 'refuse', key: 'error.crystal.compliance.coral', field: 'description', match: '珊瑚' }])
    expect(v.warnings).toEqual([])
  })

  it('reads SKU names and tags too', () => {
    const v = checkListing({ title: '手串', tags: ['包治百病'], skus: [{ name: '象牙款' }], attrs: { material: '白水晶', origin: '巴西' } })
    expect(v.refusals.map((f) => [f.rule, f.field])).toEqual([['ivory', 'skus.0.name']])
    expect(v.warnings.map((f) => [f.rule, f.field, f.match])).toEqual([['curativeClaim', 'tags.0', '包治']])
  })

  it('warns on thin media of a one-of-a-kind piece, not on one with a video or 3 photos', () => {
    const base = { title: '紫水晶洞', attrs: { material: '紫水晶', origin: '乌拉圭' } }
    const empty = { refusals: [], warnings: [] }
    expect(listingWarnings({ ...base, unique: true, media: { images: ['a', 'b'] } }, empty)).toEqual([{ key: 'warning.crystal.uniqueMedia', params: { photos: 2, min: 3 } }])
    expect(listingWarnings({ ...base, unique: true, media: { images: ['a', 'b'], video: 'v' } }, empty)).toEqual([])
    expect(listingWarnings({ ...base, unique: true, media: { images: ['a', 'b', 'c'] } }, empty)).toEqual([])
    expect(listingWarnings({ ...base, unique: false, media: { images: ['a'] } }, empty)).toEqual([])
  })

  it('never refuses text without any rule word (property)', () => {
    const words = COMPLIANCE_RULES.flatMap((r) => r.patterns.map((p) => p.source)).join('|')
    const safe = fc.string({ unit: fc.constantFrom(...'紫水晶粉晶手串玛瑙巴西颗色白红天然8mm，。'), maxLength: 40 })
    fc.assert(fc.property(safe, (text) => {
      const v = checkCompliance([{ field: 'title', text }])
      // this alphabet holds 天然 but no treatment word and no animal, so only nothing can come out
      return v.refusals.length === 0 && v.warnings.length === 0 && words.length > 0
    }))
  })
})

describe('the demo shop passes its own guard', () => {
  it('no seeded product is refused', async () => {
    const { buildSeed } = await import('../../../local-cloud/seed')
    const refused = buildSeed(Date.UTC(2026, 10, 1)).products.flatMap((p) => checkListing(p).refusals.map((r) => `${p._id}: ${r.rule} ${r.field} ${r.match}`))
    expect(refused).toEqual([])
  })

  it('tells natural glass (obsidian) from glass sold as a stone, and reads 玻璃种 as a grade', () => {
    expect(checkCompliance([{ field: 'description', text: '黑曜石是火山熔岩快速冷却形成的天然玻璃' }]).refusals).toEqual([])
    expect(checkCompliance([{ field: 'title', text: '天然玻璃种翡翠手镯' }]).refusals).toEqual([])
    expect(checkCompliance([{ field: 'title', text: '天然玻璃猫眼' }]).refusals.map((r) => r.rule)).toEqual(['treatedAsNatural'])
  })
})
