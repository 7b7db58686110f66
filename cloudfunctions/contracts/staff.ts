import { z } from 'zod'

export const StaffListInput = z.object({}).strict()
export type StaffListOutput = { openid: string; role: 'owner' | 'staff'; name: string; createdAt: number | null }[]
