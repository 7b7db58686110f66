import { defineAction } from '../../core/action'
import { CertificateLookupInput, type CertificateLookupOutput } from '../../contracts/crystal'
import { lookupCertificate } from '../../services/crystal/certificate.service'

export const certificateLookup = defineAction({
  name: 'certificate.lookup',
  role: 'shopper',
  summary: '证书查询: whether a piece sold here carries this certificate number, with lab, marks, photo and the lab’s verification address (a few lookups a minute per caller)',
  input: CertificateLookupInput,
  handler: ({ number }, ctx): Promise<CertificateLookupOutput> => lookupCertificate(number, ctx.caller.openid!, ctx.now()),
})
