/** The carriers the fake knows, with WeChat 物流助手 ids and Kuaidi100 company codes side by side. */
export interface DeliveryCompany {
  deliveryId: string
  name: string
  kuaidi100Code: string
  /** Kuaidi100 needs the receiver's phone for these carriers (docs/platform-facts.md §4). */
  kuaidi100NeedsPhone: boolean
}

export const DELIVERY_COMPANIES: readonly DeliveryCompany[] = [
  { deliveryId: 'SF', name: '顺丰速运', kuaidi100Code: 'shunfeng', kuaidi100NeedsPhone: true },
  { deliveryId: 'YTO', name: '圆通速递', kuaidi100Code: 'yuantong', kuaidi100NeedsPhone: false },
  { deliveryId: 'ZTO', name: '中通快递', kuaidi100Code: 'zhongtong', kuaidi100NeedsPhone: true },
  { deliveryId: 'YUNDA', name: '韵达快递', kuaidi100Code: 'yunda', kuaidi100NeedsPhone: false },
  { deliveryId: 'EMS', name: 'EMS', kuaidi100Code: 'ems', kuaidi100NeedsPhone: false },
  { deliveryId: 'STO', name: '申通快递', kuaidi100Code: 'shentong', kuaidi100NeedsPhone: false },
  { deliveryId: 'JD', name: '京东快递', kuaidi100Code: 'jd', kuaidi100NeedsPhone: false },
  { deliveryId: 'YZPY', name: '中国邮政', kuaidi100Code: 'youzhengguonei', kuaidi100NeedsPhone: false },
  { deliveryId: 'JTSD', name: '极兔速递', kuaidi100Code: 'jtexpress', kuaidi100NeedsPhone: false },
  { deliveryId: 'DB', name: '德邦快递', kuaidi100Code: 'debangkuaidi', kuaidi100NeedsPhone: false },
]

export const companyById = (deliveryId: string) => DELIVERY_COMPANIES.find((c) => c.deliveryId === deliveryId)
export const companyByKuaidi100Code = (code: string) => DELIVERY_COMPANIES.find((c) => c.kuaidi100Code === code)
