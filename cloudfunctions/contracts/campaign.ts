/**
 * Holiday campaigns (活动会场): a themed landing page — banner, colour, the merchant's copy, a product
 * set (listed ids, a tag or a category) — running in a window [startAt, endAt), with the promotions it
 * links active in that window. The home banner links to the running one; the product page counts down
 * to the end of the campaign, flash sale or promotion that applies to the product.
 */
import { z } from 'zod'
import type { ProductCard } from './catalog'
import { EditedVersion, Id, PageInput, VERSION_REQUIRED, versionedEdit, type Page } from './common'

export const CampaignProductsInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('products'), ids: z.array(Id).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('category'), categoryId: Id }).strict(),
])
export type CampaignProducts = z.infer<typeof CampaignProductsInput>

export const CampaignSaveInput = z
  .object({
    id: Id.optional(),
    ...EditedVersion,
    /** The merchant's own words, stored as typed. */
    name: z.string().trim().min(1).max(40),
    headline: z.string().trim().max(40).default(''),
    copy: z.string().trim().max(500).default(''),
    /** Theme colour, #RRGGBB. */
    color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'error.campaign.color'),
    /** Banner image (cloud file id or https URL); empty = the theme colour with the name. */
    banner: z.string().trim().max(500).default(''),
    products: CampaignProductsInput,
    startAt: z.number().int().min(0),
    endAt: z.number().int().min(0),
    /** Promotions (kind promotion) that run with it: saved with the campaign's window. */
    promotionIds: z.array(Id).max(20).default([]),
  })
  .strict()
  .refine((c) => c.endAt > c.startAt, { message: 'error.campaign.window', path: ['endAt'] })
  .refine(versionedEdit, VERSION_REQUIRED)
export type CampaignSaveInput = z.input<typeof CampaignSaveInput>
export type CampaignSaveData = z.output<typeof CampaignSaveInput>

export const CAMPAIGN_STATUSES = ['active', 'paused'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]
export const CampaignSetStatusInput = z.object({ id: Id, status: z.enum(CAMPAIGN_STATUSES) }).strict()
export const CampaignListInput = PageInput.extend({}).strict()

/** Where a campaign is in its life, now: paused wins over the window. */
export type CampaignPhase = 'upcoming' | 'running' | 'ended' | 'paused'

export interface Campaign {
  _id: string
  name: string
  headline: string
  copy: string
  color: string
  banner: string
  products: CampaignProducts
  startAt: number
  endAt: number
  promotionIds: string[]
  status: CampaignStatus
  createdAt: number
  updatedAt: number
}

export interface CampaignAdmin extends Campaign {
  phase: CampaignPhase
}
export type CampaignListOutput = Page<CampaignAdmin>

export const CampaignGetInput = z.object({ id: Id }).strict()
/** The landing page: the campaign, its products (listed ones, at most 50) and its promotions' names. */
export interface CampaignPage {
  campaign: Pick<Campaign, '_id' | 'name' | 'headline' | 'copy' | 'color' | 'banner' | 'startAt' | 'endAt'>
  phase: CampaignPhase
  products: ProductCard[]
  /** The merchant's names of the linked promotions that are active. */
  promotions: { id: string; name: string }[]
}

export const ProductCountdownInput = z.object({ productId: Id }).strict()
/** The soonest-ending window that applies to a product now, for the product page's countdown. */
export type ProductCountdown = null | { kind: 'campaign' | 'flash' | 'promotion'; id: string; name: string; endAt: number }

/** Shop function (anyone) and admin function (staff, permission promotions.write). */
export const CAMPAIGN_ACTIONS = {
  get: 'campaigns.get',
  countdown: 'campaigns.countdown',
  list: 'campaigns.list',
  save: 'campaigns.save',
  setStatus: 'campaigns.setStatus',
} as const
