/**
 * Cloud-like cost for the local cloud, off by default (every existing test runs without it):
 * - `dbLatencyMs`: every database request waits this long before it is answered (a round trip to the
 *   cloud database from a cloud function; docs/platform-facts.md §15).
 * - `docWriteRatePerSec`: writes that change one document are admitted at most this often per second;
 *   a write beyond the rate WAITS for its slot (the cloud database serialises writes to one document, so
 *   a hot document shows up as latency), and a write that would wait longer than `docWriteMaxWaitMs`
 *   FAILS with `EXCEED_CONCURRENT_REQUEST_LIMIT` (errCode -501004 in wx-server-sdk 4.0.2), as the
 *   cloud refuses requests over its limits. Only documents the write's query matches count: a
 *   conditional update whose condition no longer holds changes nothing and costs no slot.
 * See local-cloud/runtime/README.md "Cloud-like cost".
 */
export interface CloudCostOptions {
  dbLatencyMs?: number
  docWriteRatePerSec?: number
  /** Longest a write waits for its document's slot before failing; default 2 000 ms. */
  docWriteMaxWaitMs?: number
}

export class DocWriteLimitError extends Error {
  readonly code = 'EXCEED_CONCURRENT_REQUEST_LIMIT'
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class CloudCost {
  private readonly latency: number
  private readonly interval: number
  private readonly maxWait: number
  /** Next free write slot per `collection/id`. */
  private readonly nextSlot = new Map<string, number>()

  constructor(opts: CloudCostOptions = {}) {
    this.latency = positive(opts.dbLatencyMs, 'dbLatencyMs')
    const rate = positive(opts.docWriteRatePerSec, 'docWriteRatePerSec')
    this.interval = rate > 0 ? 1000 / rate : 0
    this.maxWait = opts.docWriteMaxWaitMs ?? 2000
  }

  get limitsWrites(): boolean {
    return this.interval > 0
  }

  /** Waits the request's round trip, if any. */
  async roundTrip(): Promise<void> {
    if (this.latency > 0) await sleep(this.latency)
  }

  /** Takes one write slot on each document (`collection/id`) and waits for the latest of them. */
  async admitWrite(docKeys: readonly string[]): Promise<void> {
    if (this.interval === 0 || docKeys.length === 0) return
    const now = Date.now()
    let wait = 0
    const slots: [string, number][] = []
    for (const key of docKeys) {
      const slot = Math.max(now, this.nextSlot.get(key) ?? 0)
      if (slot - now > this.maxWait) {
        throw new DocWriteLimitError(`单条记录写入过于频繁 / too many writes to ${key}: over ${1000 / this.interval} per second (local cloud docWriteRatePerSec)`)
      }
      slots.push([key, slot])
      wait = Math.max(wait, slot - now)
    }
    for (const [key, slot] of slots) this.nextSlot.set(key, slot + this.interval)
    if (wait > 0) await sleep(wait)
  }
}

function positive(value: number | undefined, name: string): number {
  if (value === undefined || value === 0) return 0
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${value}`)
  return value
}
