/**
 * The authorisation matrix, generated from the registry: every action × every caller (nobody, shopper
 * A, shopper B, service, operator, owner, a removed staff member, a shopper who tried an expired invite,
 * a client forging a platform event, WeChat's platform itself), each with a schema-valid input so the
 * role and permission checks — not the validator — decide. Refusals must carry the declared code and
 * write nothing; admitted callers must get past both checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUNCTION_NAMES } from '../../../cloudfunctions/functions/manifest'
import { callAction, reachesAction, registeredActions, type CallOutcome } from '../../kit/action-catalog'
import { CALLER_NAMES, enrolStaff, identityOf } from '../../kit/identities'
import { realisticInputs } from '../../kit/input-generators'
import { idPool, writeFingerprint } from '../../kit/store-probes'
import { startTestCloud, type TestCloud } from '../../kit/test-cloud'
import { EXPECTED, expectedOutcome, ROLE_REFUSAL_KEYS, type Expected } from './expected-outcomes'

const SEED = 424242

function observed(outcome: CallOutcome): Expected {
  if (outcome.ok) return 'allowed'
  if (outcome.code === 'UNAUTHENTICATED') return 'UNAUTHENTICATED'
  if (outcome.code === 'FORBIDDEN') {
    // payNotify answers WeChat's shape, which carries no message; there FORBIDDEN is always the role check.
    const error = (outcome.raw as { error?: { key?: string } })?.error
    if (error === undefined || ROLE_REFUSAL_KEYS.includes(error.key ?? '')) return 'FORBIDDEN'
  }
  return 'allowed'
}

for (const fn of FUNCTION_NAMES) {
  const targets = registeredActions().filter((r) => r.fn === fn)
  if (targets.length === 0) continue

  describe(`authz matrix: ${fn} function`, () => {
    let t: TestCloud
    beforeAll(async () => {
      t = await startTestCloud({ seed: true })
      await enrolStaff(t.cloud)
    })
    afterAll(() => t?.close())

    for (const target of targets) {
      const { action } = target
      it(`${action.name} (${String(action.role)}${action.permission ? `, ${action.permission}` : ''}) gives every caller its declared outcome`, async () => {
        const row = EXPECTED[action.role]
        expect(row, `${action.name} declares unknown role ${String(action.role)}`).toBeDefined()
        const ids = idPool(t.cloud.store, ['products', 'categories'])
        const [input] = realisticInputs(action, 10, SEED, { ids }).filter((i) => reachesAction(target, i))
        expect(input, `${action.name}: no schema-valid input could be generated, so its role check cannot be exercised`).toBeDefined()

        const wrong: string[] = []
        for (const caller of CALLER_NAMES) {
          const expected = expectedOutcome(action, caller)
          const fingerprint = writeFingerprint(t.cloud.store)
          const writes = t.writeRequests()
          const outcome = await callAction(t.cloud, target, input, identityOf(caller, fn))
          const got = observed(outcome)
          if (got !== expected) wrong.push(`${caller}: expected ${expected}, got ${JSON.stringify(outcome.raw).slice(0, 200)}`)
          if (expected !== 'allowed' && (t.writeRequests() !== writes || writeFingerprint(t.cloud.store) !== fingerprint)) {
            wrong.push(`${caller}: was refused but the database was written`)
          }
        }
        expect(wrong, `input ${JSON.stringify(input)}`).toEqual([])
      })
    }
  })
}
