/**
 * Every action declares who may call it (a known role) and what it does, and every action defined in
 * cloudfunctions/actions is registered, so no action escapes the generated fuzz and authz suites.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registeredActions } from '../../kit/action-catalog'
import { REPO_ROOT } from '../../kit/test-cloud'
import { PERMISSIONS, ROLE_PERMISSIONS } from '../../../cloudfunctions/domain/permissions'
import { STAFF_ROLES } from '../../../cloudfunctions/contracts/common'
import { ACTION_PERMISSION, KNOWN_ROLES, PERMISSION_HOLDERS } from './expected-outcomes'

const ACTIONS_DIR = join(REPO_ROOT, 'cloudfunctions', 'actions')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name)
    if (statSync(file).isDirectory()) return sourceFiles(file)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : []
  })
}

const looksLikeAction = (value: unknown): value is { name: string } =>
  !!value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' &&
  typeof (value as { handler?: unknown }).handler === 'function' && 'input' in (value as object)

describe('action declarations', () => {
  const all = registeredActions()

  it('every registered action declares a known role and a summary', () => {
    const bad = all
      .filter(({ action }) => !KNOWN_ROLES.includes(action.role) || !action.summary?.trim())
      .map(({ action }) => `${action.name}: role=${String(action.role)} summary=${JSON.stringify(action.summary)}`)
    expect(bad).toEqual([])
  })

  it('every merchant action declares the permission the hand-written table says, and only merchant actions do', () => {
    const wrong = all
      .filter(({ action }) => action.permission || ACTION_PERMISSION[action.name])
      .filter(({ action }) => action.permission !== ACTION_PERMISSION[action.name])
      .map(({ action }) => `${action.name}: declares ${String(action.permission)}, the table says ${String(ACTION_PERMISSION[action.name])}`)
    expect(wrong).toEqual([])
    const bare = all.filter(({ action }) => (action.role === 'staff' || action.role === 'owner') && !action.permission).map(({ action }) => action.name)
    expect(bare).toEqual([])
    expect(all.filter(({ fn, action }) => fn === 'admin' && !action.permission).map(({ action }) => action.name)).toEqual([])
  })

  it('the domain permission table grants exactly what the hand-written oracle says', () => {
    for (const permission of PERMISSIONS) {
      const holders = STAFF_ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission))
      expect(holders, permission).toEqual(PERMISSION_HOLDERS[permission])
    }
    expect(Object.keys(PERMISSION_HOLDERS).sort()).toEqual([...PERMISSIONS].sort())
  })

  it('every action defined under cloudfunctions/actions is registered on a function', async () => {
    const registered = new Set(all.map(({ action }) => action))
    const unregistered: string[] = []
    for (const file of sourceFiles(ACTIONS_DIR)) {
      const mod = (await import(file)) as Record<string, unknown>
      for (const [exportName, value] of Object.entries(mod)) {
        if (looksLikeAction(value) && !registered.has(value as never)) {
          unregistered.push(`${relative(REPO_ROOT, file)}: ${exportName} (${value.name})`)
        }
      }
    }
    expect(unregistered).toEqual([])
  })
})
