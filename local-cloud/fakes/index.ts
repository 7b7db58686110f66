/**
 * One call wires every fake to the runtime: pay and openapi handlers registered, carrier, timers and
 * files ready, dev routes built. The local cloud's main decides where state and files live.
 */
import { SimulatedCarrier } from './carrier/simulated-carrier'
import { systemClock, type Clock } from './clock'
import { createDevRoutes, createFileRoutes, type RouteHandler } from './dev-routes'
import { FileStorage } from './files/file-storage'
import { OpenApiFake } from './openapi/openapi-fake'
import { PayFake } from './pay/pay-fake'
import type { RuntimePort } from './runtime-port'
import { MemoryStateStore, type FakeStateStore } from './state-store'
import { TimerScheduler } from './timers/timer-scheduler'

export interface LocalFakesOptions {
  runtime: RuntimePort
  /** `<dataDir>/files` holds uploads. */
  dataDir: string
  /** dist/cloudfunctions — read for timer triggers. */
  functionsDir?: string
  store?: FakeStateStore
  clock?: Clock
  appid?: string
  strictCloseDelay?: boolean
  strictSubscriptions?: boolean
  refundCallbackDelayMs?: number
}

export interface LocalFakes {
  pay: PayFake
  openapi: OpenApiFake
  carrier: SimulatedCarrier
  timers: TimerScheduler
  files: FileStorage
  devRoutes: RouteHandler
  fileRoutes: RouteHandler
}

export function createLocalFakes(options: LocalFakesOptions): LocalFakes {
  const store = options.store ?? new MemoryStateStore()
  const clock = options.clock ?? systemClock
  const carrier = new SimulatedCarrier(store, clock)
  const pay = new PayFake({
    runtime: options.runtime,
    store,
    clock,
    account: options.appid ? { appid: options.appid } : undefined,
    strictCloseDelay: options.strictCloseDelay,
    refundCallbackDelayMs: options.refundCallbackDelayMs,
  })
  const openapi = new OpenApiFake({ store, carrier, clock, strictSubscriptions: options.strictSubscriptions })
  const timers = new TimerScheduler({ runtime: options.runtime, functionsDir: options.functionsDir, clock })
  const files = new FileStorage(options.dataDir)
  // A followed waybill's every step reaches the shop as WeChat 物流助手's path-update push
  // (docs/platform-facts.md §4 "Path-update push"), delivered to the carrierNotify function.
  carrier.onStep(async (w) => {
    const event = {
      ToUserName: 'gh_local',
      FromUserName: w.openid ?? '',
      CreateTime: Math.floor(clock.now() / 1000),
      MsgType: 'event',
      Event: 'add_express_path',
      DeliveryID: w.deliveryId,
      WayBillId: w.waybillId,
      OrderId: w.orderId,
      Version: w.events.length,
      Count: w.events.length,
      Actions: w.events.map((e) => ({ ActionTime: Math.floor(e.at / 1000), ActionType: e.actionType, ActionMsg: e.actionMsg })),
    }
    try {
      await options.runtime.invoke('carrierNotify', event, { openid: null, source: 'wx_msg' })
    } catch (err) {
      // A push the shop fails to take is what cron's sync is for; the carrier still moved.
      console.error('[local-cloud] carrier push failed', err)
    }
  })
  options.runtime.setPayHandler(pay.handle)
  options.runtime.setOpenApiHandler(openapi.handle)
  return {
    pay,
    openapi,
    carrier,
    timers,
    files,
    devRoutes: createDevRoutes({ pay, openapi, carrier, timers, files }),
    fileRoutes: createFileRoutes(files),
  }
}

export { MemoryStateStore, DEV_COLLECTIONS, type FakeStateStore, type FakeDoc } from './state-store'
export type { RuntimePort, PlatformCall, InvokeIdentity } from './runtime-port'
export { startKuaidi100Stub, kuaidi100Sign } from './carrier/kuaidi100-stub'
export { parseCron, nextFireTime, cronMatches } from './timers/cron'
export { manualClock, systemClock, type Clock } from './clock'
