/**
 * A parcel's lifecycle, moved by what its carrier reports (domain/logistics/track.ts). `shipped` until
 * the first node; signed and returned are final. Moves may go back (a re-routed parcel leaves
 * out-for-delivery for in-transit again) but never out of a final state.
 */
import { defineMachine } from './machine'

export const SHIPMENT_STATES = ['shipped', 'picked_up', 'in_transit', 'out_for_delivery', 'exception', 'signed', 'returned'] as const
export type ShipmentState = (typeof SHIPMENT_STATES)[number]

const LIVE: readonly ShipmentState[] = ['shipped', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']

export const shipmentMachine = defineMachine({
  name: 'shipment',
  states: SHIPMENT_STATES,
  initial: ['shipped'],
  terminal: ['signed', 'returned'],
  events: {
    pickUp: { from: LIVE, to: 'picked_up' },
    transit: { from: LIVE, to: 'in_transit' },
    dispatch: { from: LIVE, to: 'out_for_delivery' },
    flag: { from: LIVE, to: 'exception' },
    sign: { from: LIVE, to: 'signed' },
    return: { from: LIVE, to: 'returned' },
  },
})

export type ShipmentEvent = keyof typeof shipmentMachine.events

/** The event that moves a parcel to `to` (the tracking writer picks it from the carrier's status). */
export const SHIPMENT_EVENT_TO: Record<Exclude<ShipmentState, 'shipped'>, ShipmentEvent> = {
  picked_up: 'pickUp',
  in_transit: 'transit',
  out_for_delivery: 'dispatch',
  exception: 'flag',
  signed: 'sign',
  returned: 'return',
}

export const isFinalShipment = (state: ShipmentState) => shipmentMachine.terminal.includes(state)
