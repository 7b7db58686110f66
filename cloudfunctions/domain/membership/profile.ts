/** Profile rules: birthday changes, phone masking, nickname. Pure. */
import { formatShanghai } from '../time'

export interface Birthday {
  month: number
  day: number
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function isValidBirthday(b: Birthday): boolean {
  return Number.isInteger(b.month) && Number.isInteger(b.day) && b.month >= 1 && b.month <= 12 && b.day >= 1 && b.day <= DAYS_IN_MONTH[b.month - 1]
}

/** 'MM-DD', what the `birthday` index of members is keyed by. */
export const birthdayMd = (b: Birthday): string => `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`

/**
 * The birthdays celebrated on the Beijing day of `now`: that day's MM-DD, and on 28 February of a year
 * without 29 February also 02-29 (so those members are not skipped three years in four).
 */
export function birthdaysOn(now: number): string[] {
  const md = formatShanghai(now, 'MM-DD')
  const year = Number(formatShanghai(now, 'YYYY'))
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return md === '02-28' && !leap ? ['02-28', '02-29'] : [md]
}

export const shanghaiYear = (now: number): number => Number(formatShanghai(now, 'YYYY'))

/** A birthday may be set any time while unset, then changed once per Beijing calendar year. */
export function mayChangeBirthday(current: { birthday?: Birthday | null; birthdayChangedYear?: number | null }, next: Birthday, now: number): 'ok' | 'same' | 'onceAYear' {
  if (!current.birthday) return 'ok'
  if (current.birthday.month === next.month && current.birthday.day === next.day) return 'same'
  return current.birthdayChangedYear === shanghaiYear(now) ? 'onceAYear' : 'ok'
}

/** 138****8000: what is stored for display; the full number is shown only to its owner. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}
