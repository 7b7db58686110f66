import dayjs from 'dayjs'

/** Epoch ms → "2026-11-26 09:05" in the phone's zone (Chinese phones are on Asia/Shanghai). */
export function formatTime(at: number | null | undefined): string {
  if (!at) return '—'
  return dayjs(at).format('YYYY-MM-DD HH:mm')
}
