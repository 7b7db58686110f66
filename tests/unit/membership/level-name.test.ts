/** The me page's level name: a default level under its default name is translated, a renamed one shows the merchant's word. */
import { describe, expect, it } from 'vitest'
import { levelName } from '../../../src/pages/me/_components/level-label'
import { translate } from '../../../src/i18n/translate'

const en = (key: Parameters<typeof translate>[1]) => translate('en', key)

describe('levelName', () => {
  it('translates default names and keeps the merchant own ones', () => {
    expect(levelName(en, { key: 'amethyst', name: '紫水晶' })).toBe(translate('en', 'level.amethyst'))
    expect(levelName(en, { key: 'amethyst', name: '紫晶尊享' })).toBe('紫晶尊享')
    expect(levelName(en, { key: 'ruby', name: '红宝石' })).toBe('红宝石')
  })
})
