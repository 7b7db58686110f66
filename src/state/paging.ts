/**
 * Infinite list state as a pure reducer, so the rules (no double loads, keep items on a failed next
 * page, a reset drops stale replies) are testable without rendering a page.
 */
import type { Page } from '@cloud/contracts/common'
import type { ClientError } from '../api/result'

export type PagingStatus = 'idle' | 'loadingFirst' | 'loadingMore' | 'ready' | 'failedFirst' | 'failedMore'

export interface PagingState<T> {
  items: T[]
  /** Last page successfully loaded; 0 before the first. */
  page: number
  hasMore: boolean
  total: number
  status: PagingStatus
  error: ClientError | null
  /** Bumped on reset so a reply for an older query is ignored when it lands. */
  generation: number
}

export type PagingEvent<T> =
  | { type: 'reset' }
  | { type: 'request' }
  | { type: 'loaded'; generation: number; page: Page<T> }
  | { type: 'failed'; generation: number; error: ClientError }

export function initialPaging<T>(): PagingState<T> {
  return { items: [], page: 0, hasMore: true, total: 0, status: 'idle', error: null, generation: 0 }
}

/** Whether a "load next page" should go out now: not while one is in flight, not past the end. */
export function canRequest<T>(state: PagingState<T>): boolean {
  if (state.status === 'loadingFirst' || state.status === 'loadingMore') return false
  return state.hasMore
}

export function nextPageNumber<T>(state: PagingState<T>): number {
  return state.page + 1
}

export function pagingReducer<T>(state: PagingState<T>, event: PagingEvent<T>): PagingState<T> {
  switch (event.type) {
    case 'reset':
      return { ...initialPaging<T>(), generation: state.generation + 1 }
    case 'request':
      if (!canRequest(state)) return state
      return { ...state, status: state.page === 0 ? 'loadingFirst' : 'loadingMore', error: null }
    case 'loaded': {
      if (event.generation !== state.generation) return state
      const { page } = event
      // Items can shift between pages while browsing (new arrivals); never show one card twice.
      const seen = new Set(state.items.map((item) => keyOf(item)))
      const fresh = page.items.filter((item) => !seen.has(keyOf(item)))
      return {
        ...state,
        items: [...state.items, ...fresh],
        page: page.page,
        hasMore: page.hasMore,
        total: page.total,
        status: 'ready',
        error: null,
      }
    }
    case 'failed':
      if (event.generation !== state.generation) return state
      return { ...state, status: state.page === 0 ? 'failedFirst' : 'failedMore', error: event.error }
  }
}

function keyOf(item: unknown): unknown {
  return item && typeof item === 'object' && '_id' in item ? (item as { _id: unknown })._id : item
}

/** Empty means "loaded and nothing there", not "not loaded yet". */
export function isEmpty<T>(state: PagingState<T>): boolean {
  return state.status === 'ready' && state.items.length === 0
}
