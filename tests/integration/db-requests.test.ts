/**
 * Round-trip budget of the shopper's hot path: each database request is billed on WeChat Cloud, so a
 * feature that adds one to home, list, detail, cart, quote, create or pay must say so by raising
 * tests/bench/db-request-budget.json in the same change. Counts every request the real SDK sends, per
 * invocation, on the seeded shop (tests/bench/db-requests.ts); `npm run bench` prints the full table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOT_PATH, measureDbRequests, overBudget, readBudget, type DbRequestBudget, type DbRequestReport } from '../bench/db-requests'
import { FUNCTIONS_DIR, OWNER, startTestCloud, type TestCloud } from '../kit/test-cloud'

const ADMIN = 'admin' as const

let report: DbRequestReport
beforeAll(async () => {
  report = await measureDbRequests(FUNCTIONS_DIR, { hotPathOnly: true })
})

describe('database requests per hot-path action', () => {
  const budget = readBudget()

  it('budgets exactly the hot path', () => {
    expect(Object.keys(budget.actions).sort()).toEqual([...HOT_PATH].sort())
  })

  it('every request is attributed to the invocation that sent it', () => {
    expect(report.unattributed).toBe(0)
    for (const action of HOT_PATH) expect(report.perAction[action], action).toBeGreaterThan(0)
  })

  it('stays within tests/bench/db-request-budget.json', () => {
    const over = overBudget(report.perAction, budget)
    expect(over, `${over.join('\n')}\nby kind: ${JSON.stringify(report.byKind, null, 1)}`).toEqual([])
  })
})

describe('database requests per merchant console call', () => {
  const admin = (readBudget() as DbRequestBudget & { admin?: Record<string, number> }).admin ?? {}
  let t: TestCloud
  beforeAll(async () => {
    t = await startTestCloud({ seed: true })
  })
  afterAll(async () => t?.close())

  const measure = async (action: string, input: unknown, openid = OWNER) => {
    const before = t.requests()
    const r = await t.call(ADMIN, action, input, openid)
    expect(r, action).toMatchObject({ ok: true })
    return t.requests() - before
  }

  it('budgets the console actions', () => {
    expect(Object.keys(admin).sort()).toEqual(['console.dashboard', 'console.newOrderCount', 'console.newOrders'])
  })

  it('stays within the admin row of tests/bench/db-request-budget.json', async () => {
    const measured = {
      'console.dashboard': await measure('console.dashboard', {}),
      'console.newOrders': await measure('console.newOrders', { cursor: { at: 0, ids: [] } }),
      'console.newOrderCount': await measure('console.newOrderCount', { since: 0 }),
    }
    for (const [action, n] of Object.entries(measured)) expect(n, action).toBeLessThanOrEqual(admin[action])
  })

  it('a shopper who calls the console is refused after at most the staff check', async () => {
    const before = t.requests()
    expect(await t.call('shop', 'me.profile', {}, 'db-budget-shopper')).toMatchObject({ ok: true })
    const profile = t.requests() - before
    const refused = t.requests()
    // Even if a shopper's client asked for the badge, it is refused before any query beyond the staff check.
    expect(await t.call(ADMIN, 'console.newOrderCount', { since: 0 }, 'db-budget-shopper')).toMatchObject({ ok: false })
    expect(t.requests() - refused).toBeLessThanOrEqual(1)
    expect(profile).toBeGreaterThan(0)
  })
})
