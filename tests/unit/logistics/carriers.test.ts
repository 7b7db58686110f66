import { describe, expect, it } from 'vitest'
import { CARRIERS, carrierByKuaidi100, carrierOf, guessCarrier, phoneTail } from '../../../cloudfunctions/domain/logistics/carriers'

describe('carriers', () => {
  it('lists the ten carriers with Kuaidi100 codes; SF and ZTO need the phone', () => {
    expect(CARRIERS.map((c) => [c.code, c.kuaidi100])).toEqual([
      ['SF', 'shunfeng'],
      ['YTO', 'yuantong'],
      ['ZTO', 'zhongtong'],
      ['YUNDA', 'yunda'],
      ['STO', 'shentong'],
      ['JD', 'jd'],
      ['EMS', 'ems'],
      ['YZPY', 'youzhengguonei'],
      ['JTSD', 'jtexpress'],
      ['DB', 'debangkuaidi'],
    ])
    expect(CARRIERS.filter((c) => c.needsPhone).map((c) => c.code)).toEqual(['SF', 'ZTO'])
    expect(carrierOf('sf')?.code).toBe('SF')
    expect(carrierByKuaidi100('YuanTong')?.code).toBe('YTO')
    expect(carrierOf('DHL')).toBeNull()
  })

  it.each([
    ['SF1234567890123', 'SF'],
    ['sf123456789012', 'SF'],
    ['YT1234567890123', 'YTO'],
    ['JDVA00000000001', 'JD'],
    ['JD0012345678901', 'JD'],
    ['EA123456789CN', 'EMS'],
    ['JT1234567890123', 'JTSD'],
    ['DPK123456789012', 'DB'],
    // Digits only: 中通, 韵达, 申通 and 邮政 all issue numbers like these — not guessed.
    ['75000000000001', null],
    ['4312345678901', null],
    ['773012345678', null],
    ['SF12', null],
    ['', null],
  ])('guesses %s → %s', (waybill, code) => {
    expect(guessCarrier(waybill)).toBe(code)
  })

  it('every guessable pattern belongs to exactly one carrier', () => {
    for (const c of CARRIERS) for (const other of CARRIERS) if (c !== other && c.pattern && other.pattern) expect(c.pattern.source).not.toBe(other.pattern.source)
  })

  it('takes the last four digits of a phone', () => {
    expect(phoneTail('138-0013-8000')).toBe('8000')
    expect(phoneTail('12')).toBeNull()
    expect(phoneTail(null)).toBeNull()
  })
})
