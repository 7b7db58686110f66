/**
 * WeChat Pay v2 reply envelopes, snake_case as the server sends them (the SDK camelCases them for the
 * caller). A protocol-level problem is return_code FAIL; a business refusal is return_code SUCCESS +
 * result_code FAIL + err_code.
 */
export interface PayFailure {
  errCode: string
  des: string
}

export const protocolFail = (returnMsg: string) => ({ return_code: 'FAIL', return_msg: returnMsg })

export const businessFail = (failure: PayFailure) => ({
  return_code: 'SUCCESS',
  return_msg: 'OK',
  result_code: 'FAIL',
  err_code: failure.errCode,
  err_code_des: failure.des,
})

export const success = (fields: Record<string, unknown>) => ({
  return_code: 'SUCCESS',
  return_msg: 'OK',
  result_code: 'SUCCESS',
  ...fields,
})

export const PAY_FAILURES = {
  orderPaid: { errCode: 'ORDERPAID', des: '该订单已支付 / order already paid' },
  orderClosed: { errCode: 'ORDERCLOSED', des: '订单已关闭 / order closed' },
  orderNotExist: { errCode: 'ORDERNOTEXIST', des: '此交易订单号不存在 / order does not exist' },
  duplicateOutTradeNo: {
    errCode: 'INVALID_REQUEST',
    des: '201 商户订单号重复 / outTradeNo already used with different parameters',
  },
  refundNotExist: { errCode: 'REFUNDNOTEXIST', des: '退款订单查询失败 / refund does not exist' },
  closeTooSoon: {
    errCode: 'SYSTEMERROR',
    des: '订单生成后不能马上关单，最短间隔5分钟 / an order can be closed no sooner than 5 minutes after creation',
  },
} satisfies Record<string, PayFailure>
