/** Crystal actions as the app sees them (types only, from cloudfunctions/contracts/crystal.ts). */
import type {
  CertificateLookupInput,
  CertificateLookupOutput,
  MaterialListOutput,
  MaterialRemoveInput,
  MaterialSaveInput,
  MaterialSaveOutput,
  MaterialSeedOutput,
  MemberSetWristInput,
  MemberSetWristOutput,
} from '@cloud/contracts/crystal'
import type { Empty, Signature } from './signature'

export type ShopCrystalActions = {
  'member.setWrist': Signature<MemberSetWristInput, MemberSetWristOutput>
  'certificate.lookup': Signature<CertificateLookupInput, CertificateLookupOutput>
}

export type AdminCrystalActions = {
  'materials.list': Signature<Empty, MaterialListOutput>
  'materials.save': Signature<MaterialSaveInput, MaterialSaveOutput>
  'materials.remove': Signature<MaterialRemoveInput, { removed: true }>
  'materials.seedDefaults': Signature<Empty, MaterialSeedOutput>
}
