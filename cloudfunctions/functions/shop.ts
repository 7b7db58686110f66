import { SHOP_ACTIONS } from '../actions/shop.actions'
import { createActionEntry } from '../platform/entry'
import { registerEffectHandlers } from '../services/outbox/outbox-runner'
import { releasePointsEffect, syncOrderEffect } from '../services/effects/member.effects'

// A shopper's confirm receipt books its points and level at once; cancelling gives held points back.
registerEffectHandlers({ 'member.syncOrder': syncOrderEffect, 'member.releasePoints': releasePointsEffect })
import { COUPON_EFFECT_HANDLERS } from '../services/coupon/coupon-effects'

// A buyer's cancel or a ¥0 order's pay moves its coupon at once (the rest of the effects run elsewhere).
registerEffectHandlers(COUPON_EFFECT_HANDLERS)

export const main = createActionEntry(SHOP_ACTIONS)
