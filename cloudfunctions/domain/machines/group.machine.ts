/**
 * A 拼团 group: forming → formed when the last seat is paid for, forming → failed when its time runs out
 * first (cron). Seats are taken while forming (a conditional update that never exceeds the size); the
 * transition that fills the group is that same write.
 */
import { GROUP_STATES } from '../../contracts/specials'
import { defineMachine } from './machine'

export const groupMachine = defineMachine({
  name: 'group',
  states: GROUP_STATES,
  initial: ['forming'],
  terminal: ['formed', 'failed'],
  events: {
    fill: { from: ['forming'], to: 'formed' },
    expire: { from: ['forming'], to: 'failed' },
  },
})
export type GroupEvent = keyof typeof groupMachine.events
