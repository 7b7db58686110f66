/**
 * DIY 手串定制: the components a shopper strings into a bracelet, the merchant's rules for them, the
 * design a shopper sends, and what the server answers (quote, fit, stock per component). The rules
 * themselves are pure (domain/crystal/diy/); a design becomes ONE order line of kind 'diy'.
 */
import { z } from 'zod'
import { Fen as FenInput, Id, type Reason } from './common'
import type { Fit } from '../domain/crystal/wrist-fit'
import type { LineAllocation, PriceLine } from './checkout'
import { DIY_MAX_RING, DiyDesignInput } from './diy-design'

type Fen = number

export const DIY_KINDS = ['base', 'accent', 'spacer', 'charm'] as const
export type DiyKind = (typeof DIY_KINDS)[number]

/** Beads strung on the ring (base, accent, spacer); the charm hangs from it. */
export const RING_KINDS: readonly DiyKind[] = ['base', 'accent', 'spacer']

/** A component record (`diy_components`). Stock is taken and put back only by services/diy/diy-stock.ts. */
export interface DiyComponent {
  _id: string
  kind: DiyKind
  /** The merchant's own words, stored as typed. */
  name: string
  material: string
  /** Bead diameter (base, accent), thickness along the string (spacer) or the charm's size, in mm. */
  beadMm: number
  price: Fen
  stock: number
  sold: number
  status: 'on' | 'off'
  /** Preview colour, `#rrggbb`. */
  color: string
  /** Charms: the bead sizes (mm) this charm's loop fits. Empty for other kinds. */
  fitsBeadMm: number[]
  sort: number
  version: number
  createdAt: number
  updatedAt: number
}

/** The merchant's rules, as data (settings record `diy`). */
export interface DiyRules {
  /** A design needs at least this many base beads. */
  minBaseBeads: number
  /** Bead sizes offered and, per size, the most beads (base + accent) a bracelet may have. */
  beadSizes: { beadMm: number; maxBeads: number }[]
  /** Bracelets are priced as goods of this category by the promotions engine ('' for none). */
  categoryId: string
}

export const DEFAULT_DIY_RULES: DiyRules = Object.freeze({
  minBaseBeads: 6,
  beadSizes: [
    { beadMm: 6, maxBeads: 36 },
    { beadMm: 8, maxBeads: 26 },
    { beadMm: 10, maxBeads: 22 },
    { beadMm: 12, maxBeads: 18 },
  ],
  categoryId: '',
}) as DiyRules

export { DIY_MAX_RING, DiyDesignInput, type DiyDesign } from './diy-design'

/** One component of a design, priced and checked for stock. */
export interface DiyComponentLine {
  componentId: string
  kind: DiyKind
  name: string
  material: string
  beadMm: number
  color: string
  unitPrice: Fen
  quantity: number
  /** Stock left now (the order may still find it gone). */
  stock: number
  enough: boolean
}

export interface DiyFitView {
  wristMm: number
  /** Where the wrist came from: the member's saved size or what was typed on the builder. */
  wristFrom: 'saved' | 'typed'
  lengthMm: number
  fit: Fit
  /** Beads of the design's size that would fit comfortably (the hint next to the count). */
  recommendedBeads: number
}

export interface DiyQuote {
  components: DiyComponentLine[]
  /** Σ unitPrice × quantity of the components (fen-exact). */
  goodsTotal: Fen
  /** The bracelet as one line through the promotion engine: item, campaigns, 满减, coupon, shipping. */
  lines: PriceLine[]
  discountTotal: Fen
  shippingFee: Fen
  payable: Fen
  allocation: LineAllocation[]
  /** Bead size of the design (mm), null when it has none yet. */
  beadMm: number | null
  fit: DiyFitView | null
  /** Why the design cannot be ordered as it is (each a message key); empty when it can. */
  problems: Reason[]
  canOrder: boolean
}

/** What the builder loads: the components on sale and the rules, plus the saved wrist. */
export interface DiyCatalog {
  components: DiyComponent[]
  rules: DiyRules
  savedWristMm: number | null
}

/** The snapshot an order line of kind 'diy' carries. */
export interface DiyOrderPart {
  /** Ring order of component ids (the preview redraws from it). */
  beads: string[]
  charmId: string | null
  beadMm: number
  wristMm: number | null
  components: { componentId: string; kind: DiyKind; name: string; material: string; beadMm: number; color: string; unitPrice: Fen; quantity: number }[]
}

export const DiyQuoteInput = z.object({ design: DiyDesignInput }).strict()
export const DiyCatalogInput = z.object({}).strict()

const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'error.diy.color')

export const DiyComponentSaveInput = z
  .object({
    id: Id.optional(),
    kind: z.enum(DIY_KINDS),
    name: z.string().trim().min(1).max(40),
    material: z.string().trim().max(40),
    beadMm: z.number().int().min(1).max(40),
    price: FenInput,
    color: Hex,
    fitsBeadMm: z.array(z.number().int().min(1).max(40)).max(10).default([]),
    status: z.enum(['on', 'off']),
    sort: z.number().int().min(0).max(9999).default(0),
    /** Stock changes as a delta (never an absolute overwrite of what orders hold). */
    stockDelta: z.number().int().min(-100_000).max(100_000).default(0),
    /** The version read with the form; a concurrent sale or edit makes the save fail instead of losing it. */
    version: z.number().int().min(0).optional(),
  })
  .strict()
export type DiyComponentSaveInput = z.input<typeof DiyComponentSaveInput>

export const DiyRulesSaveInput = z
  .object({
    minBaseBeads: z.number().int().min(1).max(40),
    beadSizes: z
      .array(z.object({ beadMm: z.number().int().min(1).max(40), maxBeads: z.number().int().min(1).max(DIY_MAX_RING) }).strict())
      .min(1)
      .max(12),
    categoryId: z.union([Id, z.literal('')]),
  })
  .strict()

export const DiyAdminListInput = z.object({}).strict()

export const DIY_ACTIONS = {
  catalog: 'diy.catalog',
  quote: 'diy.quote',
  adminList: 'diyAdmin.list',
  saveComponent: 'diyAdmin.saveComponent',
  saveRules: 'diyAdmin.saveRules',
} as const
