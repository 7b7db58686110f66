/**
 * "Abort a function after a named step": the local cloud's side of cloudfunctions/platform/checkpoint.ts.
 * Armed, it adds two variables to the environment of every invocation that starts; the checkpoint with
 * that name throws and records that it fired; when that invocation ends the plan notes it and disarms,
 * so a retry runs clean. Two invocations that start while armed can both fire.
 */
import { FAULT_ABORT_AFTER, FAULT_FIRED } from '../../cloudfunctions/platform/checkpoint'

const STEP_NAME = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/

export class StepFaultPlan {
  private armed: string | null = null
  private readonly firedSteps: string[] = []

  abortAfter(step: string): void {
    if (!STEP_NAME.test(step)) throw new Error(`步骤名不合法 / checkpoint names look like area.stepDone, got "${step}"`)
    this.armed = step
  }

  clear(): void {
    this.armed = null
  }

  /** Variables to overlay on one invocation's environment. */
  envForInvocation(): Record<string, string> {
    return this.armed ? { [FAULT_ABORT_AFTER]: this.armed, [FAULT_FIRED]: '' } : {}
  }

  /** Reads what the invocation's checkpoint wrote into its own environment. */
  invocationEnded(env: Record<string, string | undefined>): void {
    const fired = env[FAULT_FIRED]
    if (!fired) return
    this.firedSteps.push(fired)
    if (this.armed === fired) this.armed = null
  }

  /** Every step at which a fault has fired, oldest first. */
  fired(): string[] {
    return [...this.firedSteps]
  }
}
