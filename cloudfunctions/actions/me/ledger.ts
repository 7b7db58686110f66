import { defineAction } from '../../core/action'
import { MeLedgerInput, type MeLedgerOutput } from '../../contracts/member'
import { myLedger } from '../../services/member/ledger.service'

export const meLedger = defineAction({
  name: 'me.ledger',
  role: 'shopper',
  summary: "The caller's points balance and every ledger entry with its reason, newest first",
  input: MeLedgerInput,
  owns: 'points_ledger',
  handler: async ({ page, pageSize }, ctx): Promise<MeLedgerOutput> => myLedger(ctx.caller.openid!, page, pageSize, ctx.now()),
})
