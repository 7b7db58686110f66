/**
 * The weapp build's logic layer, page by page, as on a phone: every route of dist/weapp loaded in a Node
 * VM with a stub `wx` (tests/kit/weapp-runtime.ts) whose cloud calls reach the local shop, rendered by
 * WeChat's own WXML compiler. The same scene, queries and checks as the H5 walk (tests/kit/page-walk.ts):
 * no page throws, shows nothing, or shows NaN / undefined / an untranslated key; shoppers opening admin
 * pages are told no.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startE2EShop, type E2EShop } from '../kit/e2e'
import { ALL_PAGES, buildScene, isAdmin, pageProblems, queryFor, type Scene } from '../kit/page-walk'
import { DIST_DIR } from '../kit/test-cloud'
import { startWeappRuntime, type WeappRuntime } from '../kit/weapp-runtime'

let e2e: E2EShop
let scene: Scene
const runtimes = new Map<string, WeappRuntime>()

beforeAll(async () => {
  e2e = await startE2EShop()
  scene = await buildScene(e2e.asShopper('wxwalker'), e2e.asMerchant(), e2e.simulatePay)
}, 180_000)
afterAll(() => e2e?.close())

/** One logic layer per person, as each has their own phone. */
async function phoneOf(openid: string): Promise<WeappRuntime> {
  let runtime = runtimes.get(openid)
  if (!runtime) {
    runtime = await startWeappRuntime({
      weappDir: join(DIST_DIR, 'weapp'),
      openid,
      invoke: (fn, data, caller) => e2e.shop.cloud.invoke(fn as never, data as never, { openid: caller, source: 'wx_client' }),
    })
    runtimes.set(openid, runtime)
  }
  return runtime
}

async function walk(openid: string, path: string, query?: Record<string, string>): Promise<string[]> {
  const phone = await phoneOf(openid)
  const page = await phone.open(path, query)
  try {
    const text = page.text()
    if (process.env.JF_WALK_DEBUG) console.log(`${path} ${openid}: ${text.slice(0, 160)}`)
    return [...page.errors, ...pageProblems(text)].map((p) => `${path}${query ? ` ${JSON.stringify(query)}` : ''} as ${openid}: ${p}`)
  } finally {
    page.unload()
  }
}

describe('every page of the weapp build, in its logic layer', () => {
  it('shopper pages', async () => {
    const problems: string[] = []
    for (const path of ALL_PAGES.filter((p) => !isAdmin(p))) problems.push(...(await walk('e2e-wxwalker', path, queryFor(path, scene))))
    expect(problems).toEqual([])
  }, 300_000)

  it('admin pages for the owner, and for a shopper who must be told no', async () => {
    const problems: string[] = []
    for (const path of ALL_PAGES.filter(isAdmin)) {
      problems.push(...(await walk(e2e.asMerchant().openid, path, queryFor(path, scene))))
      problems.push(...(await walk('e2e-wxwalker', path, queryFor(path, scene))))
    }
    expect(problems).toEqual([])
  }, 300_000)

  it('pages that need an id, opened without one', async () => {
    const problems: string[] = []
    for (const path of ALL_PAGES.filter((p) => queryFor(p, scene) && !p.endsWith('search/index') && !p.endsWith('checkout/index'))) {
      problems.push(...(await walk(isAdmin(path) ? e2e.asMerchant().openid : 'e2e-wxwalker', path, undefined)))
    }
    expect(problems).toEqual([])
  }, 300_000)
})
