import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { callAction } from '../../../../api'
import { describeErrorNow } from '../../../../state/locale'

/** The shopper's saved state for one product: read from the server, flipped optimistically, rolled back on failure. */
export function useFavorite(productId: string) {
  const [favorite, setFavorite] = useState(false)
  useEffect(() => {
    let live = true
    void callAction('shop', 'favorites.status', { productId }).then((r) => {
      if (live && r.ok) setFavorite(r.data.favorite)
    })
    return () => {
      live = false
    }
  }, [productId])
  const toggle = useCallback(async () => {
    const next = !favorite
    setFavorite(next)
    const result = await callAction('shop', 'favorites.set', { productId, favorite: next })
    if (!result.ok) {
      setFavorite(!next)
      void Taro.showToast({ title: describeErrorNow(result.error), icon: 'none' })
    }
  }, [favorite, productId])
  return { favorite, toggle }
}
