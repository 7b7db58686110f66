/** Holiday campaigns for shoppers: the landing page and the product page's countdown (shop function). */
import { defineAction } from '../../core/action'
import { CampaignGetInput, ProductCountdownInput } from '../../contracts/campaign'
import { campaignPage, productCountdown } from '../../services/campaign/campaign.service'

export const campaignsGet = defineAction({
  name: 'campaigns.get',
  role: 'anyone',
  summary: "A campaign's landing page: theme, copy, its listed products and promotions, and where it is in its window",
  input: CampaignGetInput,
  handler: ({ id }, ctx) => campaignPage(id, ctx.now()),
})

export const campaignsCountdown = defineAction({
  name: 'campaigns.countdown',
  role: 'anyone',
  summary: 'The soonest-ending campaign, flash sale or limited-time price that applies to a product (product page countdown)',
  input: ProductCountdownInput,
  handler: ({ productId }, ctx) => productCountdown(productId, ctx.now()),
})

export const CAMPAIGN_SHOP_ACTIONS = [campaignsGet, campaignsCountdown]
