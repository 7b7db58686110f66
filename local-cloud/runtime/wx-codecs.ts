/**
 * Bodies of the two WeChat-side actions, in the SDK's own encodings:
 * - `wx.openApi`: `requestData` is a protobuf `CommApiData` whose `openapiData.pairs` hold each
 *   snake_case parameter as JSON bytes; the reply is a protobuf `CommOpenApiResp` wrapping the JSON body.
 * - `wx.wxPayApi`: `requestData` is the snake_case JSON; the reply is JSON bytes.
 * The protobuf codecs are the SDK's (protobufjs/minimal `roots.default`, filled when wx-server-sdk loads).
 */
import type { createRequire } from 'node:module'

export interface WxApiRequest {
  api: string
  data: Record<string, unknown>
}

interface PbType {
  decode(buf: Uint8Array): Record<string, unknown>
  encode(msg: Record<string, unknown>): { finish(): Uint8Array }
}

export class WxCodecs {
  constructor(private readonly sdkRequire: ReturnType<typeof createRequire>) {}

  private type(name: string): PbType {
    const pb = this.sdkRequire('protobufjs/minimal') as { roots?: Record<string, Record<string, PbType>> }
    const type = pb.roots?.default?.[name]
    if (!type || typeof type.decode !== 'function') {
      throw new Error(`wx-server-sdk changed: patch point protobuf root type ${name} missing`)
    }
    return type
  }

  decodeOpenApi(params: Record<string, unknown>): WxApiRequest {
    const msg = this.type('CommApiData').decode(toBytes(params.requestData)) as {
      openapiData?: { pairs?: { key: string; value: Uint8Array; contentType?: string; filename?: string }[] }
    }
    const data: Record<string, unknown> = {}
    for (const pair of msg.openapiData?.pairs ?? []) {
      const bytes = Buffer.from(pair.value ?? [])
      if (pair.contentType) {
        data[pair.key] = { contentType: pair.contentType, fileName: pair.filename, value: bytes }
        continue
      }
      try {
        data[pair.key] = JSON.parse(bytes.toString('utf8'))
      } catch {
        data[pair.key] = bytes
      }
    }
    return { api: String(params.apiName), data }
  }

  /** A WeChat JSON reply; `errcode` ≠ 0 in it makes the SDK throw a CloudSDKError with that errCode. */
  encodeOpenApiReply(body: unknown): Buffer {
    const resp = this.type('CommOpenApiResp')
      .encode({ respData: Buffer.from(JSON.stringify(body ?? {})), contentType: 'application/json', errorCode: 0 })
      .finish()
    return Buffer.from(resp)
  }

  decodePay(params: Record<string, unknown>): WxApiRequest {
    const text = toBytes(params.requestData).toString('utf8')
    return { api: String(params.apiName), data: text ? JSON.parse(text) : {} }
  }

  encodePayReply(body: unknown): Buffer {
    return Buffer.from(JSON.stringify(body ?? {}))
  }
}

function toBytes(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value
  if (value instanceof Uint8Array) return Buffer.from(value)
  if (typeof value === 'string') return Buffer.from(value)
  return Buffer.alloc(0)
}
