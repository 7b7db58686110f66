/**
 * Round-trip budget of the shopper's hot path: each database request is billed on WeChat Cloud, so a
 * feature that adds one to home, list, detail, cart, quote, create or pay must say so by raising
 * tests/bench/db-request-budget.json in the same change. Counts every request the real SDK sends, per
 * invocation, on the seeded shop (tests/bench/db-requests.ts); `npm run bench` prints the full table.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { HOT_PATH, measureDbRequests, overBudget, readBudget, type DbRequestReport } from '../bench/db-requests'
import { FUNCTIONS_DIR } from '../kit/test-cloud'

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
