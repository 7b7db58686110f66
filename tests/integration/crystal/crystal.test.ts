/**
 * Crystal expertise through the built bundles: the listing guard refuses a banned save (naming the rule
 * and the text, writing nothing) and warns without refusing; the wrist size is remembered on the member
 * record; the product page carries its material card in the same read; meanings are searchable; 证书查询
 * finds pieces sold here and says so of a number that is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CatalogGetOutput, CatalogSearchOutput, Product, ProductSaveOutput } from '../../../cloudfunctions/contracts/catalog'
import type { CertificateLookupOutput, MaterialCard, MaterialSaveOutput } from '../../../cloudfunctions/contracts/crystal'
import type { MeProfileOutput } from '../../../cloudfunctions/contracts/member'
import { expectOk, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'
import { writeFingerprint } from '../../kit/store-probes'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

const SHOPPER = 'crystal-shopper'
const draft = (over: Record<string, unknown> = {}) => ({
  title: '紫水晶手串',
  description: '巴西紫水晶',
  categoryId: 'c-clusters',
  tags: ['紫水晶'],
  media: { images: ['/files/uploads/a.png', '/files/uploads/b.png', '/files/uploads/c.png'] },
  attrs: { material: '紫水晶', origin: '巴西' },
  skus: [{ name: '8mm', price: 19_900, stock: 3, beadMm: 8 }],
  ...over,
})

describe('listing compliance guard at save', () => {
  it('refuses a coral listing with the rule and the matched text, and writes nothing', async () => {
    const fingerprint = writeFingerprint(t.cloud.store)
    const writes = t.writeRequests()
    const r = await t.call('admin', 'products.save', { draft: draft({ title: '阿卡红珊瑚吊坠', attrs: { material: '珊瑚', origin: '日本' } }) }, OWNER)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_INPUT')
    expect(r.error.key).toBe('error.crystal.compliance.coral')
    expect(r.error.params).toEqual({ rule: 'coral', field: 'title', match: '珊瑚' })
    expect(r.error.details).toEqual({ compliance: [{ rule: 'coral', field: 'title', match: '珊瑚' }, { rule: 'coral', field: 'attrs.material', match: '珊瑚' }] })
    expect(t.writeRequests()).toBe(writes)
    expect(writeFingerprint(t.cloud.store)).toBe(fingerprint)
  })

  it('refuses an edit that turns a listed piece into 赌石, leaving the product as it was', async () => {
    const before = expectOk(await t.call<Product>('admin', 'products.get', { id: 'p-amethyst-bracelet-01' }, OWNER))
    const r = await t.call('admin', 'products.save', { id: before._id, version: before.version, draft: { ...draft(), title: '翡翠赌石 全赌', skus: before.skus.map((s) => ({ skuId: s.skuId, name: s.name, price: s.price, beadMm: s.beadMm })) } }, OWNER)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ key: 'error.crystal.compliance.blindRough', params: { rule: 'blindRough', match: '赌石' } })
    const after = expectOk(await t.call<Product>('admin', 'products.get', { id: before._id }, OWNER))
    expect(after).toEqual(before)
  })

  it('lets tricky colour names through and returns warnings with the saved product', async () => {
    const saved = expectOk(
      await t.call<ProductSaveOutput>('admin', 'products.save', { draft: draft({ title: '珊瑚色玛瑙 象牙白水晶 保证招财', attrs: { material: '玛瑙', origin: '巴西' }, unique: true, skus: [{ name: '孤品', price: 99_900, stock: 1 }], media: { images: ['/files/uploads/a.png'] } }) }, OWNER),
    )
    expect(saved._id).toMatch(/^p-/)
    expect(saved.warnings).toEqual([
      { key: 'warning.crystal.uniqueMedia', params: { photos: 1, min: 3 } },
      { key: 'warning.crystal.fortuneGuarantee', params: { rule: 'fortuneGuarantee', field: 'title', match: '保证招财' } },
    ])
    const stored = expectOk(await t.call<Product>('admin', 'products.get', { id: saved._id }, OWNER))
    expect(stored.title).toBe('珊瑚色玛瑙 象牙白水晶 保证招财')
    expect(stored).not.toHaveProperty('warnings')
  })
})

describe('wrist size on the member record', () => {
  it('is remembered as wristMm, shown by me.profile, and can be forgotten', async () => {
    expect(expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, SHOPPER)).wristMm).toBeNull()
    expect(expectOk(await t.call('shop', 'member.setWrist', { wristMm: 155 }, SHOPPER))).toEqual({ wristMm: 155 })
    expect(expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, SHOPPER)).wristMm).toBe(155)
    expect(t.cloud.store.collection('members').get(SHOPPER)).toMatchObject({ wristMm: 155 })
    expectOk(await t.call('shop', 'member.setWrist', { wristMm: null }, SHOPPER))
    expect(expectOk(await t.call<MeProfileOutput>('shop', 'me.profile', {}, SHOPPER)).wristMm).toBeNull()
  })

  it('refuses sizes no wrist has, and anonymous callers', async () => {
    for (const wristMm of [99, 251, 155.5, '155']) {
      const r = await t.call('shop', 'member.setWrist', { wristMm }, SHOPPER)
      expect(r.ok, String(wristMm)).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT')
    }
    const anon = await t.call('shop', 'member.setWrist', { wristMm: 160 }, '')
    expect(anon.ok).toBe(false)
  })
})

describe('material cards', () => {
  it('come with the product in one read (seeded: 紫水晶 fades in the sun)', async () => {
    const before = t.requests()
    // anonymous: no browse record, so the one request is the product read itself
    const p = expectOk(await t.call<CatalogGetOutput>('shop', 'catalog.get', { id: 'p-amethyst-bracelet-01' }, ''))
    expect(t.requests() - before).toBe(1)
    expect(p.materialCard).toMatchObject({ name: '紫水晶', mohs: '7', meanings: expect.arrayContaining(['安神']) })
    expect(p.materialCard!.care.join('')).toContain('褪色')
  })

  it('are found through an alias, and the merchant edits them (guarded, versioned)', async () => {
    const cards = expectOk(await t.call<MaterialCard[]>('admin', 'materials.list', {}, OWNER))
    expect(cards.length).toBeGreaterThanOrEqual(20)
    const rose = cards.find((c) => c.name === '粉水晶')!
    const banned = await t.call('admin', 'materials.save', { id: rose._id, version: rose.version, draft: { name: '粉水晶', mohs: '7', culture: '可搭配象牙隔珠' } }, OWNER)
    expect(banned.ok).toBe(false)
    if (!banned.ok) expect(banned.error).toMatchObject({ key: 'error.crystal.compliance.ivory', params: { field: 'culture', match: '象牙' } })
    const saved = expectOk(
      await t.call<MaterialSaveOutput>('admin', 'materials.save', { id: rose._id, version: rose.version, draft: { name: '粉水晶', aliases: ['粉晶', '芙蓉石'], meanings: ['爱情', '桃花'], mohs: '7', culture: '佩戴可治病', care: ['避免暴晒'] } }, OWNER),
    )
    expect(saved.version).toBe(rose.version + 1)
    expect(saved.warnings).toEqual([{ key: 'warning.crystal.curativeClaim', params: { rule: 'curativeClaim', field: 'culture', match: '治病' } }])
    const stale = await t.call('admin', 'materials.save', { id: rose._id, version: rose.version, draft: { name: '粉水晶', mohs: '7' } }, OWNER)
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT')
    const clash = await t.call('admin', 'materials.save', { draft: { name: '芙蓉石', mohs: '7' } }, OWNER)
    expect(clash.ok).toBe(false)
    if (!clash.ok) expect(clash.error).toMatchObject({ code: 'CONFLICT', key: 'error.crystal.materialNameTaken' })
    expect(expectOk(await t.call<{ added: number }>('admin', 'materials.seedDefaults', {}, OWNER))).toEqual({ added: 0 })
  })

  it('make meanings searchable: 招财 finds the citrine pieces', async () => {
    const found = expectOk(await t.call<CatalogSearchOutput>('shop', 'catalog.search', { keyword: '招财', pageSize: 50 }))
    expect(found.total).toBeGreaterThan(0)
    expect(found.items.map((p) => p.material)).toContain('黄水晶')
    // every hit is of a material whose card means 招财, or says 招财 itself (the listing saved above)
    for (const p of found.items) if (!p.title.includes('招财')) expect(['黄水晶', '绿幽灵', '金发晶']).toContain(p.material)
    const calm = expectOk(await t.call<CatalogSearchOutput>('shop', 'catalog.search', { keyword: '安神', pageSize: 50 }))
    expect(calm.items.map((p) => p.material)).toContain('紫水晶')
  })
})

describe('证书查询', () => {
  it('finds a piece sold here by its number, typed loosely, with lab, marks and verification address', async () => {
    const withCert = (t.cloud.store.collection('products').find({}) as unknown as Product[]).find((p) => p.attrs.certificateNo)!
    const typed = ` ${withCert.attrs.certificateNo!.toLowerCase()} `
    const r = expectOk(await t.call<CertificateLookupOutput>('shop', 'certificate.lookup', { number: typed }, SHOPPER))
    expect(r.found).toBe(true)
    if (!r.found) return
    expect(r.product._id).toBe(withCert._id)
    expect(r.certificate).toMatchObject({ number: withCert.attrs.certificateNo, lab: 'NGTC', marks: ['CMA', 'CAL'], verifyUrl: expect.stringMatching(/^https:\/\//) })
  })

  it('says a number is not one of ours, refuses nonsense, and bounds how often one caller asks', async () => {
    const other = 'cert-asker'
    expect(expectOk(await t.call<CertificateLookupOutput>('shop', 'certificate.lookup', { number: 'NGTC-00000000' }, other))).toEqual({ found: false, number: 'NGTC-00000000' })
    const bad = await t.call('shop', 'certificate.lookup', { number: '证书号码!!' }, other)
    expect(bad.ok).toBe(false)
    let refused = 0
    for (let i = 0; i < 12; i++) {
      const r = await t.call('shop', 'certificate.lookup', { number: `X${1000 + i}` }, other)
      if (!r.ok && r.error.key === 'error.crystal.certificateTooMany') refused++
    }
    expect(refused).toBeGreaterThan(0)
  })
})
