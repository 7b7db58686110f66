/** Holiday campaign actions as the app sees them (types only, from cloudfunctions/contracts/campaign.ts). */
import type { z } from 'zod'
import type {
  CampaignAdmin,
  CampaignGetInput,
  CampaignListInput,
  CampaignListOutput,
  CampaignPage,
  CampaignSaveInput,
  CampaignSetStatusInput,
  ProductCountdown,
  ProductCountdownInput,
} from '@cloud/contracts/campaign'
import type { Signature } from './signature'

export type ShopCampaignActions = {
  'campaigns.get': Signature<z.input<typeof CampaignGetInput>, CampaignPage>
  'campaigns.countdown': Signature<z.input<typeof ProductCountdownInput>, ProductCountdown>
}

export type AdminCampaignActions = {
  'campaigns.list': Signature<z.input<typeof CampaignListInput>, CampaignListOutput>
  'campaigns.save': Signature<CampaignSaveInput, CampaignAdmin>
  'campaigns.setStatus': Signature<z.input<typeof CampaignSetStatusInput>, CampaignAdmin>
}
