import { ADMIN_ACTIONS } from '../actions/admin.actions'
import { createActionEntry } from '../platform/entry'
import { registerEffects } from '../services/effects'

registerEffects()

export const main = createActionEntry(ADMIN_ACTIONS)
