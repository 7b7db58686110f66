/**
 * Shopper B aimed at shopper A's records. A first creates real records through the shop's own actions
 * (plus a sentinel record in every collection an action declares it `owns`); then B calls every
 * shopper-facing action with inputs built from A's record ids. A's records must come out byte-for-byte
 * unchanged, and actions that own records must not put any of A's data (A's openid, the text A wrote)
 * into B's reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAction, reachesAction, registeredActions } from '../../kit/action-catalog'
import { hostileValidInputs, realisticInputs } from '../../kit/input-generators'
import { SHOPPER_A, SHOPPER_B } from '../../kit/identities'
import { seedShopperRecords, type SeededShopper } from '../../kit/shopper-records'
import { recordsOf } from '../../kit/store-probes'
import { startTestCloud, type TestCloud } from '../../kit/test-cloud'

const SEED = 9001
const A_MARKER = 'A-PRIVATE-甲的秘密'

let t: TestCloud
let a: SeededShopper
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
  a = await seedShopperRecords(t, SHOPPER_A, A_MARKER)
})
afterAll(() => t?.close())

/** Reply text with the ids B itself sent removed (an error may fairly echo "order X not found"). */
function replyWithoutEchoes(raw: unknown, input: unknown): string {
  let text = JSON.stringify(raw)
  const sent = JSON.stringify(input).match(/[A-Za-z0-9_-]{6,}/g) ?? []
  for (const s of sent.sort((x, y) => y.length - x.length)) text = text.split(s).join('<sent>')
  return text
}

describe("shopper B against shopper A's records", () => {
  it('A has records to attack (created through the shop, plus sentinels in owned collections)', () => {
    expect(a.ids.length).toBeGreaterThan(0)
  })

  const targets = registeredActions().filter((r) => r.action.role === 'shopper' || r.action.role === 'anyone')
  for (const target of targets) {
    const { action } = target
    it(`${action.name}${action.owns ? ` (owns ${action.owns})` : ''} neither changes A's records nor, if it owns records, shows them to B`, async () => {
      const inputs = [
        ...realisticInputs(action, 10, SEED, { ids: a.ids, idsByCollection: a.idsByCollection, strings: ['B-试探'] }),
        ...hostileValidInputs(action, 10, SEED, a.ids),
      ].filter((input) => reachesAction(target, input))
      const problems: string[] = []
      for (const input of inputs) {
        const before = JSON.stringify([...recordsOf(t.cloud.store, SHOPPER_A)])
        const outcome = await callAction(t.cloud, target, input, { openid: SHOPPER_B, source: 'wx_client' })
        if (JSON.stringify([...recordsOf(t.cloud.store, SHOPPER_A)]) !== before) problems.push(`${JSON.stringify(input)} changed A's records`)
        if (action.owns) {
          const seen = replyWithoutEchoes(outcome.raw, input)
          if (seen.includes(SHOPPER_A) || seen.includes(A_MARKER)) problems.push(`${JSON.stringify(input)} showed B A's data: ${seen.slice(0, 300)}`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})
