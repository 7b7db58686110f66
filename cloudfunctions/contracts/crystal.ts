import { z } from 'zod'
import { Id, type Reason } from './common'
import { CERTIFICATE_LABS, CERTIFICATE_MARKS, type CertificateLab, type CertificateMark } from '../domain/crystal/certificates'
import { WRIST_MM_MAX, WRIST_MM_MIN } from '../domain/crystal/wrist-fit'

// ---- wrist size ---------------------------------------------------------------------------------

/** The shopper's wrist circumference in whole millimetres, kept on the member record as `wristMm`. */
export const WristMm = z.number().int('error.crystal.wristWhole').min(WRIST_MM_MIN, 'error.crystal.wristRange').max(WRIST_MM_MAX, 'error.crystal.wristRange')
/** `null` forgets it. */
export const MemberSetWristInput = z.object({ wristMm: WristMm.nullable() }).strict()
export type MemberSetWristInput = z.input<typeof MemberSetWristInput>
export interface MemberSetWristOutput {
  wristMm: number | null
}

// ---- material cards -----------------------------------------------------------------------------

/**
 * What a material means and how to look after it, written by the merchant (seeded with common ones).
 * Cultural notes only, never an effect: the listing guard refuses and warns on this text as on a listing.
 * `names` is the name and its aliases (紫水晶, 紫晶): a product whose material is any of them shows the card.
 */
export interface MaterialCard {
  _id: string
  name: string
  aliases: string[]
  /** Short meaning words shoppers search and filter by: 招财, 安神, 爱情 … */
  meanings: string[]
  /** A paragraph of cultural background. */
  culture: string
  /** Mohs hardness as written, e.g. `7` or `7.5–8`. */
  mohs: string
  /** Care notes, one a line: 避免长时间暴晒（紫水晶会褪色）… */
  care: string[]
  /** [name, ...aliases]: the lookup key from a product's `attrs.material`. */
  names: string[]
  updatedAt: number
  version: number
}

/** A shop has a few dozen materials at most; one read of this many is all of them. */
export const MATERIALS_LIMIT = 200

/** What a product page shows of its material. */
export type MaterialCardView = Pick<MaterialCard, 'name' | 'meanings' | 'culture' | 'mohs' | 'care'>

const Word = z.string().trim().min(1).max(12)
export const MaterialDraft = z
  .object({
    name: Word,
    aliases: z.array(Word).max(8).default([]),
    meanings: z.array(z.string().trim().min(1).max(8)).max(8).default([]),
    culture: z.string().trim().max(600).default(''),
    mohs: z.string().trim().regex(/^\d+(\.\d+)?([–-]\d+(\.\d+)?)?$/, 'error.crystal.mohs').max(9),
    care: z.array(z.string().trim().min(1).max(80)).max(8).default([]),
  })
  .strict()
export type MaterialDraft = z.input<typeof MaterialDraft>

/** `id` and `version` for an edit (CONFLICT when the card moved since the form loaded it). */
export const MaterialSaveInput = z.object({ id: Id.optional(), version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(), draft: MaterialDraft }).strict()
export type MaterialSaveInput = z.input<typeof MaterialSaveInput>
export type MaterialSaveOutput = MaterialCard & { warnings: Reason[] }

export const MaterialListInput = z.object({}).strict()
export type MaterialListOutput = MaterialCard[]

export const MaterialRemoveInput = z.object({ id: Id }).strict()
export type MaterialRemoveInput = z.input<typeof MaterialRemoveInput>

/** Adds the shop's default cards whose names are not taken yet; never overwrites the merchant's. */
export const MaterialSeedInput = z.object({}).strict()
export interface MaterialSeedOutput {
  added: number
}

// ---- certificates -------------------------------------------------------------------------------

export const CertificateLabSchema = z.enum(CERTIFICATE_LABS)
export const CertificateMarkSchema = z.enum(CERTIFICATE_MARKS)

export const CertificateLookupInput = z.object({ number: z.string().trim().min(4).max(48) }).strict()
export type CertificateLookupInput = z.input<typeof CertificateLookupInput>

export interface CertificateView {
  number: string
  lab: CertificateLab | null
  marks: CertificateMark[]
  image: string | null
  /** The lab's public verification address, when known (docs/platform-facts.md §18). */
  verifyUrl: string | null
}

/** The piece a certificate belongs to, as a product card shows it (kept here: catalog.ts imports this file). */
export interface CertificateProduct {
  _id: string
  title: string
  cover: string
  material: string
  priceFrom: number
  stock: number
  unique: boolean
  status: 'on' | 'off'
}

/** `found: false` says the number belongs to no piece sold here. */
export type CertificateLookupOutput =
  | { found: true; certificate: CertificateView; product: CertificateProduct }
  | { found: false; number: string }
