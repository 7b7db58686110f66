/**
 * Every registered action, ≥ 200 inputs its own schema rejects (derived from the schema with
 * zod-fast-check and then broken, plus hand-picked nasties), each through the BUILT bundle on a local
 * cloud: the reply must be `{ ok:false }` with INVALID_INPUT, nothing may throw out of the function and
 * not a single database write may be attempted or land. The list of actions comes from the registry,
 * so a new action is fuzzed the moment it is registered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUNCTION_NAMES } from '../../cloudfunctions/functions/manifest'
import { callAction, reachesAction, registeredActions, unreachableReason, wellFormedProblem } from '../kit/action-catalog'
import { permittedIdentity } from '../kit/identities'
import { invalidInputs, schemaSamples } from '../kit/input-generators'
import { snapshotText, writeFingerprint } from '../kit/store-probes'
import { startTestCloud, type TestCloud } from '../kit/test-cloud'

const INVALID_PER_ACTION = 200
const SEED = Number(process.env.JF_FUZZ_SEED ?? 20261126)

const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text
}

describe('the registry', () => {
  it('has actions, and every one is reachable through the function it is registered on', () => {
    const all = registeredActions()
    expect(all.length).toBeGreaterThan(0)
    expect(all.map((target) => unreachableReason(target, schemaSamples(target.action, 20, SEED))).filter(Boolean)).toEqual([])
  })
})

for (const fn of FUNCTION_NAMES) {
  const targets = registeredActions().filter((r) => r.fn === fn)
  if (targets.length === 0) continue

  describe(`fuzz: ${fn} function, schema-invalid inputs`, () => {
    let t: TestCloud
    beforeAll(async () => {
      t = await startTestCloud({ seed: true })
    })
    afterAll(() => t?.close())

    for (const target of targets) {
      it(`${target.action.name} rejects ${INVALID_PER_ACTION}+ invalid inputs with INVALID_INPUT and writes nothing`, async () => {
        const inputs = invalidInputs(target.action, INVALID_PER_ACTION, SEED, (input) => reachesAction(target, input))
        // A schema that accepts (nearly) anything cannot protect its handler: that is a finding, not a skip.
        expect(inputs.length, `${target.action.name}: only ${inputs.length} schema-invalid inputs could be generated`).toBeGreaterThanOrEqual(INVALID_PER_ACTION)

        const identity = permittedIdentity(target.action, fn)
        const snapshotBefore = snapshotText(t.cloud.store)
        const problems: string[] = []
        for (const input of inputs) {
          const fingerprint = writeFingerprint(t.cloud.store)
          const writes = t.writeRequests()
          try {
            const outcome = await callAction(t.cloud, target, input, identity)
            const malformed = wellFormedProblem(outcome)
            if (malformed) problems.push(`${brief(input)} → ${malformed}`)
            else if (outcome.ok || outcome.code !== 'INVALID_INPUT') problems.push(`${brief(input)} → ${brief(outcome.raw)}`)
          } catch (err) {
            problems.push(`${brief(input)} → threw out of the function: ${(err as Error).message}`)
          }
          if (t.writeRequests() !== writes) problems.push(`${brief(input)} → sent ${t.writeRequests() - writes} write request(s)`)
          if (writeFingerprint(t.cloud.store) !== fingerprint) problems.push(`${brief(input)} → changed the database`)
          if (problems.length >= 5) break
        }
        expect(problems, `seed ${SEED}`).toEqual([])
        expect(snapshotText(t.cloud.store) === snapshotBefore, 'database identical before and after').toBe(true)
      })
    }
  })
}
