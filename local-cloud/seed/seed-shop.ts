import { buildSeed } from './build-seed'
import { readVideoAsset, SEED_VIDEO_PRODUCTS, videoPath } from './videos'
import { SEED_CONTACT, SEED_FAQ_SYNONYMS, seedFaqEntries } from './faq'
import { seedDiyComponents } from './diy'
import { seedMaterialCards } from './material-cards'

/** Where the seed writes. The local cloud's store adapts itself to this; tests use an in-memory one. */
export interface SeedTarget {
  has(collection: string, id: string): boolean
  /** Insert only; seedShop never calls it for an id that already exists. */
  put(collection: string, doc: { _id: string } & Record<string, unknown>): void
  /** Relative to the files directory, e.g. 'seed/x.svg'. */
  writeFile(relPath: string, content: string | Uint8Array): void
  fileExists(relPath: string): boolean
}

export interface SeedOptions {
  baseTime: number
  ownerOpenid: string
  log?: (line: string) => void
}

/** Demo shop settings; currency rates are units of that currency per 1 CNY, for display only. */
export const SEED_SETTINGS = {
  _id: 'shop',
  name: '晶坊',
  unpaidTimeoutMinutes: 30,
  autoCompleteDays: 7,
  currencyRates: { HKD: 1.09, USD: 0.14 },
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Fills an empty shop with demo data; on a shop that has it already, does nothing. Documents are keyed
 * by stable ids and only inserted when missing, so merchant edits to seeded products survive restarts.
 * `inserted` / `skipped` count documents; files are reported in the log.
 */
export function seedShop(target: SeedTarget, opts: SeedOptions): { inserted: number; skipped: number } {
  if (!OPENID.test(opts.ownerOpenid)) {
    throw new RangeError(`店主 openid 无效 / owner openid must be 1–64 letters, digits, _ or -, got "${opts.ownerOpenid}"`)
  }
  const log = opts.log ?? (() => {})
  const seed = buildSeed(opts.baseTime)
  let inserted = 0
  let skipped = 0

  const insertMissing = <T extends { _id: string }>(collection: string, docs: readonly T[]): number => {
    let added = 0
    for (const doc of docs) {
      if (target.has(collection, doc._id)) {
        skipped++
        continue
      }
      target.put(collection, { ...doc } as { _id: string } & Record<string, unknown>)
      added++
    }
    inserted += added
    return added
  }

  const newCategories = insertMissing('categories', seed.categories)
  log(`seed: categories ${seed.categories.length}/${seed.categories.length} (${newCategories} new)`)
  const newProducts = insertMissing('products', seed.products)
  log(`seed: products ${seed.products.length}/${seed.products.length} (${newProducts} new)`)
  insertMissing('staff', [{ _id: opts.ownerOpenid, role: 'owner', name: '店主', createdAt: opts.baseTime }])
  insertMissing('settings', [SEED_SETTINGS])
  const faqs = seedFaqEntries(opts.baseTime)
  const newFaqs = insertMissing('faqs', faqs)
  insertMissing('settings', [{ _id: 'faqSynonyms', groups: SEED_FAQ_SYNONYMS, updatedAt: opts.baseTime }, { ...SEED_CONTACT, updatedAt: opts.baseTime }])
  log(`seed: faqs ${faqs.length}/${faqs.length} (${newFaqs} new)`)
  const diy = seedDiyComponents(opts.baseTime)
  const newDiy = insertMissing('diy_components', diy)
  log(`seed: diy components ${diy.length}/${diy.length} (${newDiy} new)`)
  const cards = seedMaterialCards(opts.baseTime)
  const newCards = insertMissing('materials', cards)
  log(`seed: materials ${cards.length}/${cards.length} (${newCards} new)`)

  let written = 0
  for (const file of seed.files) {
    if (target.fileExists(file.path)) continue
    target.writeFile(file.path, file.content)
    written++
  }
  log(`seed: images ${seed.files.length} files (${written} new)`)
  let videos = 0
  for (const id of SEED_VIDEO_PRODUCTS) {
    if (target.fileExists(videoPath(id))) continue
    target.writeFile(videoPath(id), readVideoAsset(id))
    videos++
  }
  log(`seed: videos ${SEED_VIDEO_PRODUCTS.length} files (${videos} new)`)
  return { inserted, skipped }
}
