import { describe, expect, it } from 'vitest'
import { MaterialDraft } from '../../../cloudfunctions/contracts/crystal'
import { checkCompliance } from '../../../cloudfunctions/domain/crystal/compliance'
import { DEFAULT_MATERIALS } from '../../../cloudfunctions/domain/crystal/material-defaults'

describe('default material cards', () => {
  it('are about twenty, with unique names and aliases', () => {
    expect(DEFAULT_MATERIALS.length).toBeGreaterThanOrEqual(20)
    const names = DEFAULT_MATERIALS.flatMap((c) => [c.name, ...c.aliases])
    expect(new Set(names).size).toBe(names.length)
  })

  it.each(DEFAULT_MATERIALS.map((c) => [c.name, c] as const))('%s is valid, cultural only and passes the guard without a warning', (_name, card) => {
    expect(MaterialDraft.safeParse(card).success).toBe(true)
    const v = checkCompliance([card.name, ...card.meanings, card.culture, ...card.care].map((text, i) => ({ field: String(i), text })))
    expect(v).toEqual({ refusals: [], warnings: [] })
    expect(card.meanings.length).toBeGreaterThan(0)
    expect(card.care.length).toBeGreaterThan(0)
  })

  it('says what the trade knows: amethyst and rose quartz fade in the sun, fluorite is soft', () => {
    const by = (n: string) => DEFAULT_MATERIALS.find((c) => c.name === n)!
    expect(by('紫水晶').care.join()).toMatch(/褪色/)
    expect(by('粉水晶').care.join()).toMatch(/褪色/)
    expect(by('萤石').mohs).toBe('4')
    expect(by('黄水晶').meanings).toContain('招财')
    expect(by('紫水晶').meanings).toContain('安神')
  })
})
