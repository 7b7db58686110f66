import { z } from 'zod'
import type { StaffRole } from './common'

export type MemberLevel = 'quartz' | 'amethyst' | 'citrine' | 'diamond'

export interface Member {
  _id: string
  openid: string
  nickname: string
  level: MemberLevel
  points: number
  createdAt: number
  updatedAt: number
}

export const MeProfileInput = z.object({}).strict()
export type MeProfileOutput = Pick<Member, 'openid' | 'nickname' | 'level' | 'points' | 'createdAt'> & {
  isStaff: boolean
  staffRole: StaffRole | null
}
