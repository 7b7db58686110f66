import { describe, expect, it } from 'vitest'
import { decodeEjson, parseEjson, stringifyEjson } from '../../../local-cloud/store/ejson'

describe('decoding what the SDK sends', () => {
  it('turns typed numbers into numbers', () => {
    expect(
      parseEjson('{"a":{"$numberInt":"7"},"b":{"$numberDouble":"1.5"},"c":{"$numberLong":"1099511627776"},"d":{"$numberDouble":"-Infinity"}}', 0),
    ).toEqual({ a: 7, b: 1.5, c: 1099511627776, d: -Infinity })
  })

  it('turns $date into Date and $regularExpression into RegExp (dropping the x flag JS lacks)', () => {
    const v = parseEjson('{"d":{"$date":{"$numberLong":"5"}},"r":{"$regularExpression":{"pattern":"^晶","options":"ix"}}}', 0) as {
      d: Date
      r: RegExp
    }
    expect(v.d).toEqual(new Date(5))
    expect(v.r.source).toBe('^晶')
    expect(v.r.flags).toBe('i')
  })

  it('turns serverDate into the server clock plus its offset, nested anywhere', () => {
    const now = 1_700_000_000_000
    expect(decodeEjson({ $set: { at: { $tcb_server_date: { offset: { $numberInt: '-1000' } } } } }, now)).toEqual({
      $set: { at: new Date(now - 1000) },
    })
    expect(decodeEjson([{ $tcb_server_date: {} }], now)).toEqual([new Date(now)])
  })

  it('leaves query operators and plain values alone', () => {
    const q = { $or: [{ a: { $in: [1, 'x'] } }, { 'b.c': null }], s: { $regex: 'x', $options: 'i' } }
    expect(decodeEjson(q, 0)).toEqual(q)
  })
})

describe('encoding replies', () => {
  it('round-trips dates, regexps, nesting and drops undefined fields', () => {
    const doc = { _id: 'x', at: new Date(123), r: /a.b/gi, list: [1, { d: new Date(0) }], gone: undefined, n: null }
    const text = stringifyEjson(doc)
    expect(JSON.parse(text).at).toEqual({ $date: { $numberLong: '123' } })
    const { gone: _gone, ...kept } = doc
    expect(parseEjson(text, 0)).toEqual(kept)
  })
})
