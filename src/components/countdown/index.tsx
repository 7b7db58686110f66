import { Text } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { formatRemaining, secondsLeft } from './remaining'
import './index.scss'

interface CountdownProps {
  /** Epoch ms at which the time runs out (e.g. the order's auto-cancel time). */
  deadline: number
  /** Called once when the time is up, so the page can refetch the (now cancelled) order. */
  onExpire?: () => void
  /** Text before the clock, e.g. 剩余支付时间. */
  prefix?: string
  testId?: string
}

/**
 * A ticking mm:ss clock. It keeps its own state so only this text re-renders each second (on weapp a
 * page-wide setData per tick would be wasteful), and it reads the wall clock each tick instead of
 * counting ticks, so a backgrounded app shows the right time when it comes back.
 */
export function Countdown({ deadline, onExpire, prefix, testId = 'countdown' }: CountdownProps) {
  const [left, setLeft] = useState(() => secondsLeft(deadline, Date.now()))
  const expireRef = useRef(onExpire)
  expireRef.current = onExpire

  useEffect(() => {
    let fired = false
    const tick = () => {
      const next = secondsLeft(deadline, Date.now())
      setLeft(next)
      if (next === 0 && !fired) {
        fired = true
        clearInterval(timer)
        expireRef.current?.()
      }
    }
    const timer = setInterval(tick, 1000)
    tick()
    return () => clearInterval(timer)
  }, [deadline])

  return (
    <Text className='jf-countdown' data-testid={testId} data-seconds={left}>
      {prefix ? <Text className='jf-countdown__prefix'>{prefix} </Text> : null}
      {formatRemaining(left)}
    </Text>
  )
}
