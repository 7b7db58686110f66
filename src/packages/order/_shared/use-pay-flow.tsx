import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { callAction, type ClientError } from '../../../api'
import { PAY_NEEDS_CONFIRM_SHEET, requestPayment, type PaymentTicket } from '../../../api/pay'
import { askConsent, PARCEL_NOTICES, prepareConsent } from '../../../api/notice'
import { PaySheet } from '../../../components/pay-sheet'
import { routes } from '../../../routes'

interface PayTarget {
  orderId: string
  orderNo: string
  payable: number
}

interface PayFlowOptions {
  /** The payer closed the sheet: the order stays unpaid (e.g. checkout moves on to the order page). */
  onAbandon?: (orderId: string) => void
}

/**
 * Paying an order, the same from checkout and from "pay again": order.pay starts (or restarts) a
 * prepay, then WeChat's sheet (weapp) or the simulated sheet (H5) takes the money, then the pay-result
 * page waits for payNotify to mark the order paid. A zero-amount order skips the sheet.
 */
export function usePayFlow({ onAbandon }: PayFlowOptions = {}) {
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  const [sheet, setSheet] = useState<{ target: PayTarget; ticket: PaymentTicket } | null>(null)
  const [paying, setPaying] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)
  const busy = useRef(false)

  const finish = useCallback(
    async (target: PayTarget, ticket: PaymentTicket) => {
      setPaying(true)
      setSheetError(null)
      const outcome = await requestPayment(ticket)
      setPaying(false)
      if (outcome.status === 'paid') {
        setSheet(null)
        // Right after the pay sheet (a payment callback, where WeChat allows the prompt): may we tell
        // the buyer when the parcel ships, goes out for delivery and is signed for?
        await askConsent(PARCEL_NOTICES)
        void Taro.redirectTo({ url: routes.payResult(target.orderId) })
      } else if (outcome.status === 'cancelled') {
        setSheet(null)
        onAbandon?.(target.orderId)
      } else if (PAY_NEEDS_CONFIRM_SHEET) {
        setSheetError(outcome.message)
      } else {
        setError({ code: 'INTERNAL', message: outcome.message })
        onAbandon?.(target.orderId)
      }
    },
    [onAbandon],
  )

  const start = useCallback(
    async (target: PayTarget) => {
      if (busy.current) return
      busy.current = true
      setStarting(true)
      setError(null)
      // Template ids fetched now, so the consent prompt can follow the pay sheet without a round trip.
      void prepareConsent(PARCEL_NOTICES)
      const result = await callAction('shop', 'order.pay', { orderId: target.orderId })
      setStarting(false)
      busy.current = false
      if (!result.ok) {
        setError(result.error)
        return
      }
      if (result.data.kind === 'free') {
        void Taro.redirectTo({ url: routes.payResult(target.orderId) })
        return
      }
      const ticket = { outTradeNo: result.data.outTradeNo, payment: result.data.payment }
      if (PAY_NEEDS_CONFIRM_SHEET) setSheet({ target, ticket })
      else await finish(target, ticket)
    },
    [finish],
  )

  const sheetElement = sheet ? (
    <PaySheet
      open
      amountFen={sheet.target.payable}
      orderNo={sheet.target.orderNo}
      busy={paying}
      error={sheetError}
      onConfirm={() => void finish(sheet.target, sheet.ticket)}
      onCancel={() => {
        const orderId = sheet.target.orderId
        setSheet(null)
        setSheetError(null)
        onAbandon?.(orderId)
      }}
    />
  ) : null

  return { start, starting, error, clearError: () => setError(null), sheetElement }
}
