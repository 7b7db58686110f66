/**
 * E2E kit: a local shop on a free port with a temp database and the demo seed, Chromium pages opened as
 * a chosen identity, screenshots into test-results/. Journeys in tests/e2e build on these.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { ActionResult } from '../../cloudfunctions/core/result'
import type { FunctionName } from '../../cloudfunctions/functions/manifest'
import type { SimulatePayOptions, SimulatePayResult } from '../../local-cloud/fakes/pay/pay-fake'
import { startLocalShop, type LocalShop } from '../../local-cloud/local-shop'
import { DIST_DIR, FUNCTIONS_DIR, OWNER, REPO_ROOT } from './test-cloud'

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots')
export const SHOPPER = 'e2e-shopper'
export const MERCHANT = OWNER

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Someone using the shop: opens pages as themselves, or calls actions directly to set a scene up. */
export interface Actor {
  openid: string
  open(route: string): Promise<Page>
  call<T = unknown>(fn: FunctionName, action: string, input?: unknown): Promise<ActionResult<T>>
}

export interface E2EShop {
  shop: LocalShop
  browser: Browser
  /** Opens a page of the H5 shop (hash route, e.g. `/pages/home/index`) as `openid`, phone-sized. */
  open(route: string, openid?: string): Promise<Page>
  screenshot(page: Page, name: string): Promise<string>
  /** The shopper `e2e-<name>` (the default SHOPPER is asShopper('shopper')). */
  asShopper(name: string): Actor
  /** The shop owner, who sees the admin pages. */
  asMerchant(): Actor
  /** WeChat Pay's user taps "pay": marks the prepay paid and delivers the callback, as WeChat would. */
  simulatePay(outTradeNo: string, options?: SimulatePayOptions): Promise<SimulatePayResult>
  /** Pays one prepay by its outTradeNo, or every unpaid prepay of a shopper. */
  payAll(target: { outTradeNo: string } | { openid: string }): Promise<SimulatePayResult[]>
  /** Moves a simulated waybill one step: picked up → in transit → out for delivery → signed. */
  advanceCarrier(waybillId: string, steps?: number): Promise<void>
  /** Fires a function's timer trigger now (e.g. `cron`), as the schedule would. */
  fireTimer(fn: string, triggerName?: string): Promise<unknown>
  /** Calls an action as `openid` to set a scene up or check it, and returns its data; a refusal throws, naming it. */
  callOk<T>(fn: FunctionName, action: string, input: unknown, openid: string): Promise<T>
  close(): Promise<void>
}

export async function startE2EShop(): Promise<E2EShop> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jf-e2e-'))
  const shop = await startLocalShop({
    dataDir,
    functionsDir: FUNCTIONS_DIR,
    h5Dir: join(DIST_DIR, 'h5'),
    port: 0,
    env: { JF_OWNER_OPENID: OWNER },
    timers: false,
  })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const actor = (openid: string): Actor => ({
    openid,
    open: (route) => e2e.open(route, openid),
    call: (fn, action, input = {}) =>
      shop.cloud.invoke(fn, { action, input }, { openid, source: 'wx_client' }) as Promise<ActionResult<never>>,
  })
  const e2e: E2EShop = {
    shop,
    browser,
    asShopper: (name) => actor(name === 'shopper' ? SHOPPER : `e2e-${name}`),
    asMerchant: () => actor(MERCHANT),
    simulatePay: (outTradeNo, options) => shop.fakes.pay.simulatePay(outTradeNo, options),
    async payAll(target) {
      const unpaid =
        'outTradeNo' in target
          ? [target.outTradeNo]
          : (await shop.fakes.pay.listPrepays()).filter((p) => p.state === 'NOTPAY' && p.payerOpenid === target.openid).map((p) => p.outTradeNo)
      const results: SimulatePayResult[] = []
      for (const outTradeNo of unpaid) results.push(await shop.fakes.pay.simulatePay(outTradeNo))
      return results
    },
    async advanceCarrier(waybillId, steps = 1) {
      for (let i = 0; i < steps; i++) await shop.fakes.carrier.advance(waybillId)
    },
    fireTimer: (fn, triggerName) => shop.fakes.timers.fire(fn, triggerName),
    async callOk<T>(fn: FunctionName, action: string, input: unknown, openid: string): Promise<T> {
      const result = (await shop.cloud.invoke(fn, { action, input }, { openid, source: 'wx_client' })) as ActionResult<T>
      if (!result.ok) throw new Error(`${action} failed: ${result.error.code} ${result.error.message}`)
      return result.data
    },
    async open(route, openid = SHOPPER) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
      await context.addInitScript((id) => window.localStorage.setItem('jf.identity', id), openid)
      const page = await context.newPage()
      page.on('pageerror', (err) => console.error(`[browser] ${err.message}`))
      await page.goto(`${shop.url}/#${route}`)
      return page
    },
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path: file })
      return file
    },
    async close() {
      await browser.close()
      await shop.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return e2e
}
