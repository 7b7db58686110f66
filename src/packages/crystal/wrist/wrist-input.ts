// relative (not @cloud) so unit tests, which have no alias, can import this file
import { WRIST_MM_MAX, WRIST_MM_MIN } from '../../../../cloudfunctions/domain/crystal/wrist-fit'

/** What a shopper types, in cm ("15.5", "15,5", "15.5cm"), as whole mm; null when it is no wrist size. */
export function wristMmFromCm(typed: string): number | null {
  const text = typed.trim().replace(/[，,]/g, '.').replace(/\s*(cm|厘米|公分)$/i, '')
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) return null
  const mm = Math.round(Number(text) * 10)
  return mm >= WRIST_MM_MIN && mm <= WRIST_MM_MAX ? mm : null
}
