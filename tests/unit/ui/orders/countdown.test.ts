import { describe, expect, it } from 'vitest'
import { formatRemaining, secondsLeft } from '../../../../src/components/countdown/remaining'

describe('order countdown', () => {
  it('rounds up, so a payable order never reads 00:00', () => {
    expect(secondsLeft(10_000, 9_800)).toBe(1)
    expect(formatRemaining(secondsLeft(10_000, 9_800))).toBe('00:01')
  })

  it('stops at zero once the deadline has passed', () => {
    expect(secondsLeft(10_000, 10_000)).toBe(0)
    expect(secondsLeft(10_000, 99_000)).toBe(0)
    expect(formatRemaining(-5)).toBe('00:00')
  })

  it('shows the usual 30-minute unpaid window as mm:ss and longer ones with hours', () => {
    expect(formatRemaining(30 * 60)).toBe('30:00')
    expect(formatRemaining(29 * 60 + 5)).toBe('29:05')
    expect(formatRemaining(3725)).toBe('1:02:05')
  })
})
