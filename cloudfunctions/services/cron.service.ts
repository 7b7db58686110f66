import { db } from '../platform/cloud'

/** The last tick per trigger, so the admin can see that timers are alive (a silent cron is the worst kind). */
export async function recordHeartbeat(trigger: string, now: number): Promise<{ trigger: string; at: number }> {
  await db().collection('settings').doc('cron').set({ data: { lastTick: { trigger, at: now } } })
  return { trigger, at: now }
}
