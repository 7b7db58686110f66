/** Positional `$` resolution on its own: which element a query pins, and what is refused. */
import { describe, expect, it } from 'vitest'
import { applyUpdate } from '../../../local-cloud/store/query-engine'
import { PositionalUpdateError, resolvePositional } from '../../../local-cloud/store/positional'

const doc = { _id: 'd', n: [5, 7, 9], items: [{ k: 'a', q: 1 }, { k: 'b', q: 2 }, { k: 'b', q: 3 }] }

describe('resolvePositional', () => {
  it('replaces $ with the first element matching the condition on that array', () => {
    expect(resolvePositional(doc, { $set: { 'n.$': 0 } }, { n: { $gte: 7 } })).toEqual({ $set: { 'n.1': 0 } })
    expect(resolvePositional(doc, { $inc: { 'items.$.q': 1 } }, { 'items.k': 'b' })).toEqual({ $inc: { 'items.1.q': 1 } })
  })

  it('reads conditions inside $and and $elemMatch, and leaves other paths and $[] alone', () => {
    expect(resolvePositional(doc, { $set: { 'items.$.q': 0, other: 1, 'n.$[]': 2 } }, { $and: [{ _id: 'd' }, { items: { $elemMatch: { k: 'b', q: 3 } } }] })).toEqual({
      $set: { 'items.2.q': 0, other: 1, 'n.$[]': 2 },
    })
  })

  it('ignores negated conditions, which cannot pin an element', () => {
    expect(() => resolvePositional(doc, { $set: { 'n.$': 0 } }, { n: { $ne: 5 } })).toThrow(PositionalUpdateError)
    expect(resolvePositional(doc, { $set: { 'n.$': 0 } }, { $and: [{ n: { $nin: [1] } }, { n: 9 }] })).toEqual({ $set: { 'n.2': 0 } })
  })

  it('refuses a missing condition, a non-array field, conditions pinning different elements, and $[identifier]', () => {
    expect(() => resolvePositional(doc, { $set: { 'n.$': 0 } }, { _id: 'd' })).toThrow(/did not find the match/)
    expect(() => resolvePositional(doc, { $set: { '_id.$': 0 } }, { _id: 'd' })).toThrow(/did not find the match/)
    expect(() => resolvePositional(doc, { $set: { 'items.$.q': 0 } }, { 'items.k': 'b', 'items.q': 1 })).toThrow(/elemMatch/)
    expect(() => resolvePositional(doc, { $set: { 'n.$[x]': 0 } }, { n: 5 })).toThrow(/arrayFilters/)
  })
})

describe('applyUpdate with a query', () => {
  it('applies the resolved update to a copy and keeps the _id', () => {
    const next = applyUpdate(doc, { $inc: { 'items.$.q': 10 } }, { 'items.q': 2 })
    expect(next.items).toEqual([{ k: 'a', q: 1 }, { k: 'b', q: 12 }, { k: 'b', q: 3 }])
    expect(doc.items[1].q).toBe(2)
  })

  it('treats a plain map as $set, positional paths included', () => {
    expect(applyUpdate(doc, { 'n.$': 6 }, { n: 5 }).n).toEqual([6, 7, 9])
  })
})
