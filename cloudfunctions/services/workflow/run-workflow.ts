/**
 * A multi-step money or stock write as small steps, each with its compensation (Medusa core-flows
 * shape): when a step fails, the completed steps are undone newest first, then the failure is rethrown.
 * Every step boundary is a fault checkpoint, `<workflow>.<step>` unless the step names its own, so a
 * test can stop the function after any step and check nothing is lost.
 *
 * A step that cannot be undone (money sent to WeChat) comes last, or is made resumable instead: its
 * earlier steps leave a marker that the cron sweep finishes from (see services/order/restock-once.ts).
 */
import { checkpoint } from '../../platform/checkpoint'

export interface WorkflowStep<C> {
  name: string
  /** Checkpoint named once this step is done (default `<workflow>.<step>`). */
  done?: string
  run(ctx: C): Promise<void>
  /** Undo what `run` did; only called when `run` completed and a later step failed. */
  compensate?(ctx: C): Promise<void>
}

const COMMITTED = Symbol('committed')

/**
 * Marks a failure that happened after a step's state change was written (e.g. while carrying out the
 * transition's effects): the workflow then undoes nothing, because what came before is now relied on.
 */
export function markCommitted(err: unknown): void {
  if (err && typeof err === 'object') (err as Record<symbol, boolean>)[COMMITTED] = true
}

const isCommitted = (err: unknown) => !!err && typeof err === 'object' && (err as Record<symbol, boolean>)[COMMITTED] === true

export async function runWorkflow<C>(workflow: string, steps: readonly WorkflowStep<C>[], ctx: C): Promise<C> {
  const done: WorkflowStep<C>[] = []
  try {
    for (const step of steps) {
      await step.run(ctx)
      done.push(step)
      checkpoint(step.done ?? `${workflow}.${step.name}`)
    }
    return ctx
  } catch (err) {
    if (isCommitted(err)) throw err
    for (const step of done.reverse()) {
      try {
        await step.compensate?.(ctx)
      } catch (undoErr) {
        // Keep undoing the rest; a failed undo must be visible to the operator.
        console.error(JSON.stringify({ level: 'error', workflow, compensationFailed: step.name, error: String(undoErr) }))
      }
    }
    throw err
  }
}
