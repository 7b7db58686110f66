import { pinyin } from 'pinyin-pro'
import type { Phonetics } from '../../domain/search/engine'

const readingsMemo = new Map<string, string[]>()

/**
 * Pinyin from pinyin-pro (a maintained dictionary with word-level context for polyphones): used when the
 * index is built (every catalogue word's spelling and initials) and, for a few characters, when a
 * miswriting is corrected. ü is spelled v, as shoppers type it.
 */
export const pinyinPhonetics: Phonetics = {
  syllables: (word) => pinyin(word, { toneType: 'none', type: 'array', v: true }),
  readings: (ch) => {
    let r = readingsMemo.get(ch)
    if (!r) {
      r = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }) : []
      if (readingsMemo.size > 20_000) readingsMemo.clear()
      readingsMemo.set(ch, r)
    }
    return r
  },
}
