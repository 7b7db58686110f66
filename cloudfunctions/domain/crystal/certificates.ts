/**
 * Identification certificates (鉴定证书): which lab issued one, its number and the accreditation marks
 * printed on it. The labs' public verification addresses are in docs/platform-facts.md §18 — marked
 * unverified there until checked by hand; a mini program can only open a web page whose domain is a
 * configured business domain, so the page copies the address and the number instead of opening it.
 */

export const CERTIFICATE_LABS = ['NGTC', 'GTC', 'NJQSIC', 'GIC', 'other'] as const
export type CertificateLab = (typeof CERTIFICATE_LABS)[number]

/** CMA (资质认定, required by law for a testing body), CAL (质检机构授权), CNAS (认可) marks. */
export const CERTIFICATE_MARKS = ['CMA', 'CAL', 'CNAS'] as const
export type CertificateMark = (typeof CERTIFICATE_MARKS)[number]

export interface LabInfo {
  lab: CertificateLab
  /** Where the lab lets anyone check a certificate by number (docs/platform-facts.md §18), if known. */
  verifyUrl: string | null
}

/** docs/platform-facts.md §18: every address there is unverified until checked by hand. */
export const LAB_VERIFY_URL: Record<CertificateLab, string | null> = {
  NGTC: 'https://www.ngtc.com.cn',
  GTC: 'https://www.gtc-china.cn',
  NJQSIC: 'https://www.njqsic.com',
  GIC: null,
  other: null,
}

export const labInfo = (lab: CertificateLab | undefined): LabInfo | null => (lab ? { lab, verifyUrl: LAB_VERIFY_URL[lab] } : null)

/** Certificate numbers are letters, digits and dashes; spaces and case are how people type them. */
export const CERTIFICATE_NO = /^[A-Za-z0-9-]{4,40}$/

export function normaliseCertificateNo(raw: string): string {
  return raw.replace(/[\s\u3000]/g, '').toUpperCase()
}
