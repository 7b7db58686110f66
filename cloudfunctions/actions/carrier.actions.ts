import type { AnyAction } from '../core/action'
import { carrierKuaidi100Notify } from './carrier/kuaidi100-notify'
import { carrierPathUpdate } from './carrier/path-update'

/** Carrier pushes (the carrierNotify function): Kuaidi100 through HTTP access, trusted by its sign; 物流助手's message push, which only triggers a pull. */
export const CARRIER_NOTIFY_ACTIONS: AnyAction[] = [carrierKuaidi100Notify, carrierPathUpdate]
