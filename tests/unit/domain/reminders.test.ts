import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionKey, REMINDER_KINDS, REMINDER_PERMISSION, reminderPlan, type ReminderCondition, type ReminderKind } from '../../../cloudfunctions/domain/reminders'
import { reminderMachine } from '../../../cloudfunctions/domain/machines'
import { roleHolds } from '../../../cloudfunctions/domain/permissions'

const cond = (kind: ReminderKind, id: string): ReminderCondition => ({ key: conditionKey(kind, id), kind, subjectId: id, params: {} })

/** Runs the plan against a stored table the way the writer would, returning how many notices went out. */
function apply(table: Map<string, 'active' | 'cleared'>, holding: ReminderCondition[], checked?: Set<ReminderKind>): number {
  const plan = reminderPlan(holding, [...table].map(([key, state]) => ({ key, state })), checked)
  for (const c of plan.raise) table.set(c.key, 'active')
  for (const k of plan.clear) table.set(k, 'cleared')
  return plan.raise.length
}

describe('reminder plan', () => {
  it('reminds once while a condition holds, again after it clears and recurs', () => {
    const table = new Map<string, 'active' | 'cleared'>()
    const low = cond('lowStock', 'sku-1')
    expect(apply(table, [low])).toBe(1)
    expect(apply(table, [low])).toBe(0)
    expect(apply(table, [])).toBe(0) // restocked: cleared, nobody told
    expect(table.get(low.key)).toBe('cleared')
    expect(apply(table, [low])).toBe(1) // short again: a new occurrence
  })

  it('a source that did not answer clears nothing of its kind', () => {
    const table = new Map<string, 'active' | 'cleared'>([[conditionKey('unshipped', 'o1'), 'active']])
    apply(table, [], new Set(REMINDER_KINDS.filter((k) => k !== 'unshipped')))
    expect(table.get(conditionKey('unshipped', 'o1'))).toBe('active')
  })

  it('for any sequence of rounds: one notice per occurrence (a round where it holds after one where it did not)', () => {
    const keys = ['a', 'b', 'c']
    fc.assert(
      fc.property(fc.array(fc.subarray(keys), { maxLength: 12 }), (rounds) => {
        const table = new Map<string, 'active' | 'cleared'>()
        let sent = 0
        let expected = 0
        let before = new Set<string>()
        for (const round of rounds) {
          for (const k of round) if (!before.has(k)) expected++
          sent += apply(table, round.map((k) => cond('lowStock', k)))
          before = new Set(round)
        }
        expect(sent).toBe(expected)
      }),
    )
  })

  it('every kind reaches someone besides the owner or is the owner’s alone (payments)', () => {
    for (const kind of REMINDER_KINDS) {
      expect(roleHolds('owner', REMINDER_PERMISSION[kind])).toBe(true)
      if (kind !== 'paymentMismatch') expect(roleHolds('operator', REMINDER_PERMISSION[kind]) || roleHolds('service', REMINDER_PERMISSION[kind])).toBe(true)
    }
    expect(reminderMachine.can('active', 'raise').ok).toBe(false)
    expect(reminderMachine.can('cleared', 'raise').ok).toBe(true)
  })
})
