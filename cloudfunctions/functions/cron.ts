import { CRON_ACTIONS } from '../actions/system.actions'
import { createActionEntry } from '../platform/entry'
import { registerEffects } from '../services/effects'

registerEffects()

const run = createActionEntry(CRON_ACTIONS)

/** A timer delivers `{ Type: 'Timer', TriggerName, Time }`; it becomes the cron.tick action. */
export const main = (event: unknown) => run({ action: 'cron.tick', input: event })
