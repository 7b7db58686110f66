import type { AnyAction } from '../../core/action'
import { consoleAudit } from './audit'
import { consoleDashboard } from './dashboard'
import { consoleExportOrders } from './export-orders'
import { consoleNewOrderCount, consoleNewOrders } from './new-orders'

/** The merchant console: dashboard, new paid orders, order export, audit browser. */
export const CONSOLE_ADMIN_ACTIONS: AnyAction[] = [consoleDashboard, consoleNewOrders, consoleNewOrderCount, consoleExportOrders, consoleAudit]
