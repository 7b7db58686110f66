/**
 * Every page of the app, opened on the H5 build as a new user would reach it: the shopper's pages as a
 * shopper who has an address, a favourite, a coupon, a cart line, paid / shipped / unpaid orders, an
 * after-sale and a ticket; the admin pages as the owner, and again as a shopper (who must be told no,
 * not shown a blank page); pages that need an id also bare, as a stale link would open them. The route
 * list is read from src/routes.ts, so a page added later is walked without touching this file.
 *
 * A page fails when it throws, shows (almost) nothing, or shows text no person should read: NaN,
 * undefined, [object Object], Invalid Date, or an untranslated message key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startE2EShop, type Actor, type E2EShop } from '../kit/e2e'
import { ALL_PAGES, buildScene, isAdmin, pageProblems, queryFor, type Scene } from '../kit/page-walk'

let e2e: E2EShop
beforeAll(async () => {
  e2e = await startE2EShop()
})
afterAll(() => e2e?.close())

interface Visit {
  errors: string[]
  text: string
}

/** Opens the page straight from its link in a fresh phone-sized context, as `openid`. */
async function visit(openid: string, path: string, query?: Record<string, string>): Promise<Visit & { page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
  await context.addInitScript((id) => window.localStorage.setItem('jf.identity', id), openid)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(`throws: ${err.message}`))
  const qs = query ? `?${new URLSearchParams(query).toString()}` : ''
  await page.goto(`${e2e.shop.url}/#/${path}${qs}`)
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.waitForTimeout(200)
  const text = await page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))
    const shown = pages.filter((p) => p.offsetParent !== null || getComputedStyle(p).display !== 'none')
    return (shown.at(-1) ?? document.body).innerText
  })
  if (process.env.JF_WALK_DEBUG) console.log(`${path} ${openid}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
  return { errors, text, page }
}

async function walk(actor: Actor, path: string, query?: Record<string, string>): Promise<string[]> {
  const { errors, text, page } = await visit(actor.openid, path, query)
  try {
    const problems = [...errors, ...pageProblems(text)]
    if (problems.length) await e2e.screenshot(page, `walk-${path.replace(/\//g, '_')}`)
    return problems.map((p) => `${path}${query ? ` ${JSON.stringify(query)}` : ''} as ${actor.openid}: ${p}`)
  } finally {
    await page.context().close()
  }
}

/** Walks the pages three at a time (each in its own browser context): most of a visit is waiting. */
async function walkAll(visits: [Actor, string, Record<string, string> | undefined][]): Promise<string[]> {
  const problems: string[][] = new Array(visits.length)
  let next = 0
  const worker = async () => {
    while (next < visits.length) {
      const i = next++
      problems[i] = await walk(...visits[i])
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return problems.flat()
}

describe('every page, walked as a new user would', () => {
  let scene: Scene
  let shopper: Actor
  let merchant: Actor
  beforeAll(async () => {
    shopper = e2e.asShopper('walker')
    merchant = e2e.asMerchant()
    scene = await buildScene(shopper, merchant, e2e.simulatePay)
  }, 120_000)

  it('walks more than the tab pages (the route list was read)', () => {
    expect(ALL_PAGES.length).toBeGreaterThan(40)
  })

  it("shopper pages open with the shopper's own records", async () => {
    expect(await walkAll(ALL_PAGES.filter((p) => !isAdmin(p)).map((path) => [shopper, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('admin pages open for the owner', async () => {
    expect(await walkAll(ALL_PAGES.filter(isAdmin).map((path) => [merchant, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('admin pages opened by a shopper say so instead of breaking', async () => {
    expect(await walkAll(ALL_PAGES.filter(isAdmin).map((path) => [shopper, path, queryFor(path, scene)]))).toEqual([])
  }, 600_000)

  it('pages that need an id, opened from a stale link without one, say what is wrong', async () => {
    const linked = ALL_PAGES.filter((p) => queryFor(p, scene) && !p.endsWith('search/index') && !p.endsWith('checkout/index'))
    expect(await walkAll(linked.map((path) => [isAdmin(path) ? merchant : shopper, path, undefined]))).toEqual([])
  }, 600_000)
})
