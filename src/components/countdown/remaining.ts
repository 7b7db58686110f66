/**
 * Pure countdown arithmetic, kept apart from the component so the rounding rules are unit-tested:
 * a shopper must never see "00:00" while the order can still be paid, nor a negative time.
 */

/** Whole seconds left until `deadline`, rounded up (0.2 s left still shows 00:01), never below 0. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

/** 1805 → "30:05"; 3725 → "1:02:05"; 0 → "00:00". */
export function formatRemaining(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = s % 60
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}
