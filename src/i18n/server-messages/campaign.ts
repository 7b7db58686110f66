/** Server keys of holiday campaigns (services/campaign) and the promotion-edit rules of flash sales. */
export const zhCampaign = {
  'error.notFound.campaign': '活动不存在',
  'error.changed.campaign': '活动在你打开后有了变化，请刷新后重试',
  'error.campaign.window': '结束时间须晚于开始时间',
  'error.campaign.color': '主题色须为 #RRGGBB 格式',
  'error.campaign.promotionMissing': '关联的促销 {id} 不存在',
  'error.flash.runningPrice': '秒杀已开始，不能再改价格',
}

export const enCampaign: Record<keyof typeof zhCampaign, string> = {
  'error.notFound.campaign': 'Campaign not found',
  'error.changed.campaign': 'The campaign changed since you opened it; reload and retry',
  'error.campaign.window': 'The end must be after the start',
  'error.campaign.color': 'The theme colour must be #RRGGBB',
  'error.campaign.promotionMissing': 'Linked promotion {id} does not exist',
  'error.flash.runningPrice': 'The flash sale has started: its price can no longer change',
}
