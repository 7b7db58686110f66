/**
 * Per-platform consent prompt for subscribe messages: subscribe.weapp.ts calls
 * Taro.requestSubscribeMessage (from a tap or a payment callback only); subscribe.h5.ts answers
 * 'accept' for every template so the local flow works (the browser has no WeChat prompt).
 */
export type ConsentAnswer = 'accept' | 'reject' | 'ban' | 'filter'

export function requestSubscribe(templateIds: string[]): Promise<Record<string, ConsentAnswer>>
