import { useCallback, useEffect, useReducer, useRef } from 'react'
import type { Page } from '@cloud/contracts/common'
import type { ClientResult } from '../api/result'
import { canRequest, initialPaging, nextPageNumber, pagingReducer, type PagingEvent, type PagingState } from './paging'

/**
 * An infinite list: loads page 1 whenever `queryKey` changes, and the next page on `loadMore()`.
 * `loadMore` is also the retry after a failed page. The reducer (./paging) holds the rules.
 */
export function usePagedList<T>(queryKey: string, fetchPage: (page: number) => Promise<ClientResult<Page<T>>>) {
  const [state, dispatch] = useReducer(
    (current: PagingState<T>, event: PagingEvent<T>) => pagingReducer(current, event),
    undefined,
    () => initialPaging<T>(),
  )
  // The reducer's view is one render behind a tap; this ref is current, so two fast scroll events
  // cannot both start the same page.
  const latest = useRef<PagingState<T>>(state)
  latest.current = state
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage

  const load = useCallback(async (snapshot: PagingState<T>) => {
    if (!canRequest(snapshot)) return
    latest.current = pagingReducer(snapshot, { type: 'request' })
    dispatch({ type: 'request' })
    const result = await fetchRef.current(nextPageNumber(snapshot))
    dispatch(
      result.ok
        ? { type: 'loaded', generation: snapshot.generation, page: result.data }
        : { type: 'failed', generation: snapshot.generation, error: result.error },
    )
  }, [])

  useEffect(() => {
    const fresh = pagingReducer(latest.current, { type: 'reset' })
    latest.current = fresh
    dispatch({ type: 'reset' })
    void load(fresh)
  }, [queryKey, load])

  const loadMore = useCallback(() => load(latest.current), [load])
  return { state, loadMore }
}
