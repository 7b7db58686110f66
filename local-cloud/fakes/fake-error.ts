/** A dev-endpoint failure the HTTP layer turns into `{ ok:false, error:{code,message} }`. */
export type FakeErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT'

export class FakeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'FakeError'
  }
}
