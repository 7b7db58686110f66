/** openapi replies are WeChat's JSON: errcode 0 on success, else the SDK throws with errCode = errcode. */
export const ok = (fields: Record<string, unknown> = {}) => ({ errcode: 0, errmsg: 'ok', ...fields })
export const fail = (errcode: number, errmsg: string) => ({ errcode, errmsg })

export const OPENAPI_ERRCODES = {
  invalidOpenid: 40003,
  invalidTemplate: 40037,
  dataFormat: 47001,
  argumentInvalid: 47003,
  notSubscribed: 43101,
  /** The fake's choice: WeChat documents no code for getPath on an unknown order. */
  waybillNotFound: 9300502,
} as const
