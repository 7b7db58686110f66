import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST_DIR } from '../kit/test-cloud'

const WEAPP = join(DIST_DIR, 'weapp')
const KB = 1024
/**
 * The bare Taro 4.2.1 React app of tests/fixtures/bare-taro, built for weapp: `npm run bench` builds and
 * measures it in the same run; this is its figure with the pinned lockfile (docs/platform-facts.md §20).
 */
const BARE_TARO_MAIN_BYTES = 305_103

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

/** WeChat's limits and our own budget, checked on the real weapp build (npm test builds it first). */
describe('the weapp build', () => {
  const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as { pages: string[]; subPackages: { root: string }[] }
  const roots = app.subPackages.map((p) => p.root)
  const all = files(WEAPP)
  const inMain = all.filter((f) => !roots.some((root) => relative(WEAPP, f).startsWith(root + '/')))

  it('keeps the main package within 1.5× a bare Taro app (WeChat allows 2 MB)', () => {
    const bytes = inMain.reduce((n, f) => n + statSync(f).size, 0)
    expect(bytes).toBeLessThanOrEqual(Math.floor(1.5 * BARE_TARO_MAIN_BYTES))
  })

  it('keeps every subpackage under WeChat’s 2 MB limit', () => {
    for (const root of roots) {
      const bytes = all.filter((f) => relative(WEAPP, f).startsWith(root + '/')).reduce((n, f) => n + statSync(f).size, 0)
      expect(bytes, root).toBeLessThan(2048 * KB)
    }
  })

  it('puts only the four tab pages in the main package', () => {
    expect(app.pages).toEqual(['pages/home/index', 'pages/category/index', 'pages/cart/index', 'pages/me/index'])
  })

  it('never ships server-side validation (zod) or the local cloud in the main package', () => {
    for (const f of inMain.filter((file) => file.endsWith('.js'))) {
      const text = readFileSync(f, 'utf8')
      expect(text.includes('ZodError'), relative(WEAPP, f)).toBe(false)
      expect(text.includes('/api/dev/'), relative(WEAPP, f)).toBe(false)
    }
  })

  it('builds the cloud functions as WeChat wants them: index.js, package.json, config.json, no TypeScript', () => {
    for (const fn of ['shop', 'admin', 'payNotify', 'cron']) {
      const dir = join(DIST_DIR, 'cloudfunctions', fn)
      expect(readdirSync(dir).sort()).toEqual(['config.json', 'index.js', 'package.json'])
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies).toEqual({ 'wx-server-sdk': '4.0.2' })
      expect(existsSync(join(dir, 'index.ts'))).toBe(false)
    }
  })

  it('keeps merchant actions out of the shopper bundle and shopper actions out of the admin bundle', () => {
    const shop = readFileSync(join(DIST_DIR, 'cloudfunctions', 'shop', 'index.js'), 'utf8')
    const admin = readFileSync(join(DIST_DIR, 'cloudfunctions', 'admin', 'index.js'), 'utf8')
    for (const name of ['adminOrders.ship', 'products.save', 'afterSales.approve']) expect(shop.includes(`"${name}"`), name).toBe(false)
    for (const name of ['order.create', 'cart.add', 'me.profile']) expect(admin.includes(`"${name}"`), name).toBe(false)
    expect(shop.includes('"order.create"')).toBe(true)
  })
})
