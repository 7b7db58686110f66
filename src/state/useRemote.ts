import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClientError, ClientResult } from '../api/result'

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; error: ClientError }

/**
 * One request's lifecycle for a page: loading → ready | failed, with `reload` for the retry button.
 * A reply that lands after a newer request started is dropped, so a slow old reply never wins.
 */
export function useRemote<T>(fetcher: () => Promise<ClientResult<T>>, deps: readonly unknown[]) {
  const [remote, setRemote] = useState<Remote<T>>({ status: 'loading' })
  const ticket = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const reload = useCallback(async () => {
    const mine = ++ticket.current
    setRemote({ status: 'loading' })
    const result = await fetcherRef.current()
    if (mine !== ticket.current) return
    setRemote(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', error: result.error })
  }, [])

  useEffect(() => {
    void reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  return { remote, reload }
}
