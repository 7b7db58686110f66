import { describe, expect, it } from 'vitest'
import { ADDRESS_BOOK_MAX, AddressSaveInput } from '../../../../cloudfunctions/contracts/address'
import { addressFormProblems, emptyAddressForm, problemsFromServer, toSaveInput } from '../../../../src/packages/order/address-edit/address-form'
import { ADDRESS_BOOK_LIMIT } from '../../../../src/packages/order/address-list/limits'

const filled = { name: '林晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路 1 号', isDefault: true }

describe('address form', () => {
  it('marks every empty field as required', () => {
    const problems = addressFormProblems(emptyAddressForm())
    expect(Object.keys(problems).sort()).toEqual(['city', 'detail', 'district', 'name', 'phone', 'province'])
  })

  it('rejects a phone number the server would reject, and accepts mobiles and landlines', () => {
    expect(addressFormProblems({ ...filled, phone: '12345' }).phone).toBe('error.input.phone')
    expect(addressFormProblems({ ...filled, phone: '0755-86000000' })).toEqual({})
    expect(addressFormProblems(filled)).toEqual({})
  })

  it('sends what the contract accepts, trimmed, with the id only when editing', () => {
    const input = toSaveInput({ ...filled, name: '  林晶 ' })
    expect(input.name).toBe('林晶')
    expect('id' in input).toBe(false)
    expect(AddressSaveInput.safeParse(input).success).toBe(true)
    expect(toSaveInput(filled, 'addr1').id).toBe('addr1')
  })

  it('puts the server’s field errors next to the fields', () => {
    const error = { code: 'INVALID_INPUT' as const, message: '输入不合法', details: [{ path: 'phone', message: '手机号不对' }, { path: 'other', message: 'x' }] }
    expect(problemsFromServer(error)).toEqual({ phone: '手机号不对' })
    expect(problemsFromServer({ code: 'CONFLICT', message: 'x' })).toEqual({})
  })

  it('knows the same address book limit as the server', () => {
    expect(ADDRESS_BOOK_LIMIT).toBe(ADDRESS_BOOK_MAX)
  })
})
