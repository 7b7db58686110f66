/**
 * Declaration for the per-platform transports: Taro's resolver picks transport.weapp.ts for the mini
 * program and transport.h5.ts for the browser, so neither build carries the other's code.
 * Resolves with the function's return value as-is; rejects only when no reply arrived.
 */
import type { FunctionName } from '@cloud/functions/manifest'

export function sendToFunction(fn: FunctionName, event: { action: string; input: unknown }): Promise<unknown>
