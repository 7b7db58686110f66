import type { MaterialCard, MaterialDraft } from '@cloud/contracts/crystal'

/** What the card editor holds, as typed: word lists space separated, care notes one per line. */
export interface MaterialForm {
  id?: string
  version?: number
  name: string
  aliases: string
  meanings: string
  culture: string
  mohs: string
  care: string
}

export const emptyMaterialForm = (): MaterialForm => ({ name: '', aliases: '', meanings: '', culture: '', mohs: '', care: '' })

export const formFromCard = (c: MaterialCard): MaterialForm => ({
  id: c._id,
  version: c.version,
  name: c.name,
  aliases: c.aliases.join(' '),
  meanings: c.meanings.join(' '),
  culture: c.culture,
  mohs: c.mohs,
  care: c.care.join('\n'),
})

const words = (text: string) => text.split(/[\s,，、]+/).map((w) => w.trim()).filter(Boolean)

export const draftFromMaterialForm = (f: MaterialForm): MaterialDraft => ({
  name: f.name.trim(),
  aliases: words(f.aliases),
  meanings: words(f.meanings),
  culture: f.culture.trim(),
  mohs: f.mohs.trim(),
  care: f.care.split('\n').map((l) => l.trim()).filter(Boolean),
})
