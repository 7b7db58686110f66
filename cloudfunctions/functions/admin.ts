import { ADMIN_ACTIONS } from '../actions/admin.actions'
import { createActionEntry } from '../platform/entry'

export const main = createActionEntry(ADMIN_ACTIONS)
