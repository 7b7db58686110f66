/**
 * The 30-day paid-sales chart, drawn by @antv/f2 5 (docs/platform-facts.md §19): F2 renders into any
 * CanvasRenderingContext2D through its mobile canvas element, so one code path serves both builds.
 * - H5: Taro's <Canvas> holds a DOM <canvas>; its 2d context is passed on.
 * - weapp: a `type="2d"` canvas (the new canvas API, base library 2.9+); the node comes from a selector
 *   query, its backing size is set to CSS size × pixel ratio, and text is measured on an offscreen canvas
 *   (wx.createOffscreenCanvas), images made by the canvas node, frames scheduled by its requestAnimationFrame
 *   — what F2's own weapp component (@antv/f2-wx) passes.
 * F2 components are built with its `jsx` function (not JSX syntax: the page's JSX is React's). If drawing
 * fails, the caller shows the daily figures as a table (`onFailed`).
 */
import Taro from '@tarojs/taro'
import { Canvas as TaroCanvas, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { Axis, Canvas, Chart, Interval, jsx } from '@antv/f2'
import type { DashboardDay } from '@cloud/contracts/console'

const HEIGHT = 180

interface Props {
  id: string
  days: DashboardDay[]
  onFailed: () => void
}

type Context2D = CanvasRenderingContext2D

async function contextOf(id: string, dpr: number): Promise<{ context: Context2D; width: number; extra: Record<string, unknown> } | null> {
  if (process.env.TARO_ENV === 'h5') {
    const host = document.getElementById(id)
    const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null
    if (!canvas) return null
    const width = canvas.getBoundingClientRect().width || canvas.parentElement?.getBoundingClientRect().width || 320
    canvas.width = Math.round(width * dpr)
    canvas.height = Math.round(HEIGHT * dpr)
    canvas.style.width = `${width}px`
    canvas.style.height = `${HEIGHT}px`
    const context = canvas.getContext('2d')
    return context ? { context, width, extra: {} } : null
  }
  const res = await new Promise<{ node?: unknown; width?: number }[]>((resolve) =>
    Taro.createSelectorQuery().select(`#${id}`).fields({ node: true, size: true }).exec((r) => resolve(r as { node?: unknown; width?: number }[])),
  )
  const node = res?.[0]?.node as
    | { width: number; height: number; getContext(kind: '2d'): Context2D; createImage(): HTMLImageElement; requestAnimationFrame(cb: () => void): number; cancelAnimationFrame(n: number): void }
    | undefined
  if (!node) return null
  const width = res[0].width ?? 320
  node.width = Math.round(width * dpr)
  node.height = Math.round(HEIGHT * dpr)
  const offscreen = (Taro as unknown as { createOffscreenCanvas?: (o: { type: '2d' }) => unknown }).createOffscreenCanvas?.({ type: '2d' })
  return {
    context: node.getContext('2d'),
    width,
    extra: {
      createImage: () => node.createImage(),
      requestAnimationFrame: (cb: () => void) => node.requestAnimationFrame(cb),
      cancelAnimationFrame: (n: number) => node.cancelAnimationFrame(n),
      ...(offscreen ? { offscreenCanvas: offscreen } : {}),
    },
  }
}

export function SalesChart({ id, days, onFailed }: Props) {
  const chart = useRef<{ destroy(): void } | null>(null)
  const data = days.map((d) => ({ day: d.day.slice(5), yuan: d.sales / 100 }))

  useEffect(() => {
    let cancelled = false
    const draw = async () => {
      const dpr = Taro.getSystemInfoSync().pixelRatio || 1
      const found = await contextOf(id, dpr)
      if (cancelled) return
      if (!found) throw new Error('chart canvas not found')
      // F2's own typings expect its JSX compiler; the classic `jsx(type, props)` call is the same thing.
      const h = jsx as unknown as (type: unknown, props: Record<string, unknown>) => unknown
      const tree = h(Chart, {
        data,
        children: [
          h(Axis, { field: 'day', tickCount: 5 }),
          h(Axis, { field: 'yuan', tickCount: 4 }),
          h(Interval, { x: 'day', y: 'yuan', color: '#7b5ea7' }),
        ],
      })
      const props = { context: found.context, pixelRatio: dpr, width: found.width, height: HEIGHT, animate: false, children: tree, ...found.extra }
      // New figures: a fresh chart on the same context (Canvas.update re-used stale scales here).
      chart.current?.destroy()
      chart.current = null
      const canvas = new Canvas(props as never)
      chart.current = canvas as unknown as { destroy(): void }
      await canvas.render()
    }
    // After the canvas is in the tree (weapp answers the selector query only then).
    const timer = setTimeout(() => void draw().catch(() => !cancelled && onFailed()), 0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
    // data is derived from days; redraw when the figures change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(days)])

  useEffect(() => () => chart.current?.destroy(), [])

  return (
    <View className='dash__chart' data-testid='dash-chart' data-bars={data.filter((d) => d.yuan > 0).length}>
      <TaroCanvas type='2d' id={id} canvasId={id} style={{ width: '100%', height: `${HEIGHT}px` }} />
    </View>
  )
}
