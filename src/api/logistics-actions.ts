/** Parcel tracking and subscribe-message consent as the app sees them. Types only. */
import type {
  NoticeConsentInput,
  NoticeConsentOutput,
  NoticeTemplatesInput,
  NoticeTemplatesOutput,
  OrderTrackingInput,
  OrderTrackingOutput,
} from '@cloud/contracts/logistics'
import type { Signature } from './signature'

export type ShopLogisticsActions = {
  'order.tracking': Signature<OrderTrackingInput, OrderTrackingOutput>
  'notice.templates': Signature<NoticeTemplatesInput, NoticeTemplatesOutput>
  'notice.consent': Signature<NoticeConsentInput, NoticeConsentOutput>
}
