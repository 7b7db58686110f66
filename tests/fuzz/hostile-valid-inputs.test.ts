/**
 * Inputs every action's schema ACCEPTS but that are hostile: emoji, RTL and long-but-allowed strings,
 * boundary numbers, and the ids of another shopper's records. Through the built bundle, as a caller the
 * action admits: nothing may throw out of the function, the reply must be well formed (ok, or a stable
 * error code with a message), and shopper-facing actions must leave the other shopper's records
 * exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUNCTION_NAMES } from '../../cloudfunctions/functions/manifest'
import { callAction, reachesAction, registeredActions, wellFormedProblem } from '../kit/action-catalog'
import { permittedIdentity, SHOPPER_B } from '../kit/identities'
import { hostileValidInputs } from '../kit/input-generators'
import { seedShopperRecords, type SeededShopper } from '../kit/shopper-records'
import { idPool, recordsOf } from '../kit/store-probes'
import { startTestCloud, type TestCloud } from '../kit/test-cloud'

const HOSTILE_PER_ACTION = 30
const SEED = Number(process.env.JF_FUZZ_SEED ?? 20261126)
const VICTIM = 'fuzz-victim-a'
/** The dispatcher's message when zod rejects an input (core/dispatch.ts). */
/** The key dispatch answers when an action's zod schema refuses the input (core/dispatch.ts). */
const SCHEMA_REJECTION = 'error.input.invalid'

const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

for (const fn of FUNCTION_NAMES) {
  const targets = registeredActions().filter((r) => r.fn === fn)
  if (targets.length === 0) continue

  describe(`fuzz: ${fn} function, hostile but schema-valid inputs`, () => {
    let t: TestCloud
    let victim: SeededShopper
    beforeAll(async () => {
      t = await startTestCloud({ seed: true })
      victim = await seedShopperRecords(t, VICTIM, 'VICTIM-PRIVATE-受害者')
    })
    afterAll(() => t?.close())

    for (const target of targets) {
      it(`${target.action.name} answers hostile valid inputs without throwing and leaves other shoppers' records alone`, async () => {
        const otherIds = [...victim.ids, ...idPool(t.cloud.store, ['products', 'categories']).slice(0, 20)]
        const inputs = hostileValidInputs(target.action, HOSTILE_PER_ACTION, SEED, otherIds).filter((input) => reachesAction(target, input))
        expect(inputs.length, `${target.action.name}: no schema-valid input could be generated, so its handler is not fuzzed`).toBeGreaterThan(0)
        const identity = permittedIdentity(target.action, fn, SHOPPER_B)
        const guardsVictim = target.action.role === 'shopper' || target.action.role === 'anyone'
        const problems: string[] = []
        for (const input of inputs) {
          const before = recordsOf(t.cloud.store, VICTIM)
          try {
            const outcome = await callAction(t.cloud, target, input, identity)
            const malformed = wellFormedProblem(outcome)
            if (malformed) problems.push(`${brief(input)} → ${malformed}`)
            // The validator's own rejection of an input the source schema accepts means the bundle and the
            // source disagree (a stale build); a handler's INVALID_INPUT (e.g. unknown category) is fair.
            else if (!outcome.ok && (outcome.raw as { error?: { key?: string } })?.error?.key === SCHEMA_REJECTION)
              problems.push(`${brief(input)} → the bundle's schema rejects an input the source schema accepts: rebuild?`)
          } catch (err) {
            problems.push(`${brief(input)} → threw out of the function: ${(err as Error).message}`)
          }
          if (guardsVictim) {
            const after = recordsOf(t.cloud.store, VICTIM)
            if (JSON.stringify([...after]) !== JSON.stringify([...before])) problems.push(`${brief(input)} → changed ${VICTIM}'s records`)
          }
          if (problems.length >= 5) break
        }
        expect(problems, `seed ${SEED}`).toEqual([])
      })
    }
  })
}
