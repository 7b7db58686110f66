/** Holiday campaigns for the merchant: list, create / edit, pause / resume (admin function). */
import { defineAction, type ActionContext } from '../../core/action'
import { actorOf } from '../../core/actor'
import { CampaignListInput, CampaignSaveInput, CampaignSetStatusInput } from '../../contracts/campaign'
import { listCampaigns, saveCampaign, setCampaignStatus } from '../../services/campaign/campaign-admin.service'

const by = (ctx: ActionContext) => ({ by: actorOf(ctx.caller), now: ctx.now(), requestId: ctx.requestId })

export const campaignsList = defineAction({
  name: 'campaigns.list',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Holiday campaigns, newest first, with their phase',
  input: CampaignListInput,
  handler: (q, ctx) => listCampaigns(q, ctx.now()),
})

export const campaignsSave = defineAction({
  name: 'campaigns.save',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Create (no id) or edit a holiday campaign; its promotions run in its window (audited)',
  input: CampaignSaveInput,
  handler: (input, ctx) => saveCampaign(input, by(ctx)),
})

export const campaignsSetStatus = defineAction({
  name: 'campaigns.setStatus',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'Pause or resume a campaign and its promotions (audited)',
  input: CampaignSetStatusInput,
  handler: ({ id, status }, ctx) => setCampaignStatus(id, status, by(ctx)),
})

export const CAMPAIGN_ADMIN_ACTIONS = [campaignsList, campaignsSave, campaignsSetStatus]
