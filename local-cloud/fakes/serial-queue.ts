/**
 * Runs async critical sections one at a time. The store is async, so without this two unifiedOrder
 * calls for the same outTradeNo could both see "no prepay yet". Never hold it while invoking a
 * function: the callback may call back into the same fake.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task)
    tail = result.catch(() => undefined)
    return result
  }
}
