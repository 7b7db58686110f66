/**
 * A multi-step flow as small steps, each with its compensation (Medusa core-flows shape): when a step
 * fails, the completed steps are undone newest first, then the failure is rethrown.
 */
import { checkpoint } from '../../platform/checkpoint'

export interface WorkflowStep<C> {
  name: string
  /** Checkpoint named once this step is done (fault-injection tests abort right there). */
  done?: string
  run(ctx: C): Promise<void>
  /** Undo what `run` did; only called when `run` completed and a later step failed. */
  compensate?(ctx: C): Promise<void>
}

export async function runWorkflow<C>(steps: readonly WorkflowStep<C>[], ctx: C): Promise<C> {
  const done: WorkflowStep<C>[] = []
  try {
    for (const step of steps) {
      await step.run(ctx)
      done.push(step)
      if (step.done) checkpoint(step.done)
    }
    return ctx
  } catch (err) {
    for (const step of done.reverse()) {
      try {
        await step.compensate?.(ctx)
      } catch (undoErr) {
        // Keep undoing the rest; a failed undo must be visible to the operator.
        console.error(JSON.stringify({ level: 'error', workflow: 'compensation-failed', step: step.name, error: String(undoErr) }))
      }
    }
    throw err
  }
}
