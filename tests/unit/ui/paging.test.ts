import { describe, expect, it } from 'vitest'
import type { Page } from '../../../cloudfunctions/contracts/common'
import { canRequest, initialPaging, isEmpty, nextPageNumber, pagingReducer, type PagingEvent, type PagingState } from '../../../src/state/paging'

interface Item {
  _id: string
}

const page = (n: number, ids: string[], hasMore: boolean, total = 99): Page<Item> => ({
  items: ids.map((_id) => ({ _id })),
  page: n,
  pageSize: ids.length,
  total,
  hasMore,
})

const run = (events: PagingEvent<Item>[], from: PagingState<Item> = initialPaging<Item>()) => events.reduce(pagingReducer<Item>, from)
const networkDown = { code: 'NETWORK' as const, message: '网络异常 / network unreachable' }

describe('paging reducer: infinite product lists', () => {
  it('loads page 1 then page 2, appending items in order', () => {
    const state = run([
      { type: 'request' },
      { type: 'loaded', generation: 0, page: page(1, ['a', 'b'], true) },
      { type: 'request' },
      { type: 'loaded', generation: 0, page: page(2, ['c'], false, 3) },
    ])
    expect(state.items.map((i) => i._id)).toEqual(['a', 'b', 'c'])
    expect(state.status).toBe('ready')
    expect(state.hasMore).toBe(false)
    expect(state.total).toBe(3)
  })

  it('shows the first-load skeleton, then the "loading more" footer for later pages', () => {
    expect(run([{ type: 'request' }]).status).toBe('loadingFirst')
    const afterFirst = run([{ type: 'request' }, { type: 'loaded', generation: 0, page: page(1, ['a'], true) }])
    expect(pagingReducer(afterFirst, { type: 'request' }).status).toBe('loadingMore')
    expect(nextPageNumber(afterFirst)).toBe(2)
  })

  it('never starts a second request while one is in flight (fast scrolling)', () => {
    const inFlight = run([{ type: 'request' }])
    expect(canRequest(inFlight)).toBe(false)
    expect(pagingReducer(inFlight, { type: 'request' })).toBe(inFlight)
  })

  it('stops asking once the server says there is no more', () => {
    const done = run([{ type: 'request' }, { type: 'loaded', generation: 0, page: page(1, ['a'], false, 1) }])
    expect(canRequest(done)).toBe(false)
    expect(pagingReducer(done, { type: 'request' })).toBe(done)
  })

  it('a failed first page is an error state the shopper can retry', () => {
    const failed = run([{ type: 'request' }, { type: 'failed', generation: 0, error: networkDown }])
    expect(failed.status).toBe('failedFirst')
    expect(failed.error).toEqual(networkDown)
    expect(canRequest(failed)).toBe(true)
    const retried = run([{ type: 'request' }, { type: 'loaded', generation: 0, page: page(1, ['a'], false, 1) }], failed)
    expect(retried.status).toBe('ready')
    expect(retried.error).toBeNull()
  })

  it('a failed later page keeps the items already shown and retries the same page', () => {
    const failed = run([
      { type: 'request' },
      { type: 'loaded', generation: 0, page: page(1, ['a', 'b'], true) },
      { type: 'request' },
      { type: 'failed', generation: 0, error: networkDown },
    ])
    expect(failed.status).toBe('failedMore')
    expect(failed.items).toHaveLength(2)
    expect(nextPageNumber(failed)).toBe(2)
  })

  it('drops a reply that belongs to a query the shopper already left (category switch)', () => {
    const switched = run([{ type: 'request' }, { type: 'reset' }])
    const stale = pagingReducer(switched, { type: 'loaded', generation: 0, page: page(1, ['old'], true) })
    expect(stale.items).toEqual([])
    const staleError = pagingReducer(switched, { type: 'failed', generation: 0, error: networkDown })
    expect(staleError.status).toBe('idle')
  })

  it('does not show a card twice when items shift between pages', () => {
    const state = run([
      { type: 'request' },
      { type: 'loaded', generation: 0, page: page(1, ['a', 'b'], true) },
      { type: 'request' },
      { type: 'loaded', generation: 0, page: page(2, ['b', 'c'], false) },
    ])
    expect(state.items.map((i) => i._id)).toEqual(['a', 'b', 'c'])
  })

  it('is empty only after a load returned nothing, not before loading', () => {
    expect(isEmpty(initialPaging<Item>())).toBe(false)
    expect(isEmpty(run([{ type: 'request' }, { type: 'loaded', generation: 0, page: page(1, [], false, 0) }]))).toBe(true)
  })
})
