/** roleAllows over every required role × every kind of caller, against the declared table. */
import { describe, expect, it } from 'vitest'
import { roleAllows, type Caller } from '../../../cloudfunctions/core/roles'
import { EXPECTED, KNOWN_ROLES } from './expected-outcomes'

const CALLERS: Record<string, Caller> = {
  anonymous: { openid: null, role: 'anonymous', source: 'wx_client' },
  shopper: { openid: 's', role: 'shopper', source: 'wx_client' },
  staff: { openid: 't', role: 'staff', source: 'wx_client', staffRole: 'operator' },
  owner: { openid: 'o', role: 'owner', source: 'wx_client' },
  system: { openid: null, role: 'system', source: 'wx_trigger' },
}

/** Which row of the declared table each resolved caller role corresponds to. */
const TABLE_ROW = { anonymous: 'anonymous', shopper: 'shopperA', staff: 'operator', owner: 'owner', system: 'platform' } as const

describe('roleAllows', () => {
  for (const required of KNOWN_ROLES) {
    for (const [name, caller] of Object.entries(CALLERS)) {
      const expected = EXPECTED[required][TABLE_ROW[caller.role]] === 'allowed'
      it(`${expected ? 'lets' : 'refuses'} a ${name} caller ${expected ? 'run' : ''} a ${required} action`, () => {
        expect(roleAllows(required, caller)).toBe(expected)
      })
    }
  }

  it('never lets a signed-in shopper act as staff even if the source chain looks odd', () => {
    expect(roleAllows('staff', { openid: 'x', role: 'shopper', source: 'wx_client,scf' })).toBe(false)
    expect(roleAllows('system', { openid: 'x', role: 'owner', source: 'wx_client' })).toBe(false)
  })
})
