/**
 * The four deployable functions and what WeChat must know about each: which openapi calls it may make
 * and its timer trigger. build-functions writes this into each function's config.json; the local cloud
 * and the deploy script read the same data.
 */
export interface FunctionManifest {
  name: FunctionName
  /** Why this function exists, for the deploy summary. */
  purpose: string
  permissions: { openapi: string[] }
  /** WeChat allows one timer trigger per function; 7-field cron in UTC+8. */
  triggers: { name: string; type: 'timer'; config: string }[]
}

export const FUNCTION_NAMES = ['shop', 'admin', 'payNotify', 'cron', 'carrierNotify'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export const FUNCTIONS: Record<FunctionName, FunctionManifest> = {
  shop: {
    name: 'shop',
    purpose: 'shopper actions: catalog, cart, checkout, orders, member',
    // me.bindPhone exchanges the getPhoneNumber button's code (docs/platform-facts.md "Phone number");
    // logistics.getPath: the shopper's "refresh" on the parcel page (物流助手 adapter).
    permissions: { openapi: ['subscribeMessage.send', 'phonenumber.getPhoneNumber', 'logistics.getPath'] },
    triggers: [],
  },
  admin: {
    name: 'admin',
    purpose: 'merchant actions, role-gated by the staff collection',
    permissions: {
      openapi: [
        'subscribeMessage.send',
        'logistics.addOrder',
        'logistics.getPath',
        'logistics.getAllDelivery',
        // adminOrders.ship tells WeChat the order shipped, so the buyer's payment is released.
        'wxa.sec.order.uploadShippingInfo',
      ],
    },
    triggers: [],
  },
  payNotify: {
    name: 'payNotify',
    purpose: 'WeChat Pay payment and refund callbacks (cloudPay functionName)',
    permissions: { openapi: [] },
    triggers: [],
  },
  cron: {
    name: 'cron',
    purpose: 'timers: unpaid timeout, pay reconciliation, auto-complete, reminders, parcel tracking sync',
    // uploadShippingInfo and subscribeMessage.send: outbox effects the cron finishes when inline attempts failed.
    permissions: { openapi: ['subscribeMessage.send', 'logistics.getPath', 'wxa.sec.order.uploadShippingInfo'] },
    triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }],
  },
  carrierNotify: {
    name: 'carrierNotify',
    purpose: 'carrier pushes: Kuaidi100 callback (HTTP access) and 物流助手 path updates (message push)',
    permissions: { openapi: ['subscribeMessage.send', 'logistics.getPath', 'wxa.sec.order.uploadShippingInfo'] },
    triggers: [],
  },
}
