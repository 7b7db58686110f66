import { defineAction } from '../../core/action'
import { QualityFlagsInput, QualityForProductInput } from '../../contracts/quality'
import { listQualityFlags, qualityOf } from '../../services/quality/quality.service'

export const qualityFlagsList = defineAction({
  name: 'quality.flags',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'Products flagged for a high after-sales rate over 30 days, with reasons and suspected listing fields',
  input: QualityFlagsInput,
  handler: () => listQualityFlags(),
})

export const qualityForProduct = defineAction({
  name: 'quality.forProduct',
  role: 'staff',
  permission: 'catalog.read',
  summary: "One product's quality flag (null when never flagged)",
  input: QualityForProductInput,
  handler: (input) => qualityOf(input.productId),
})
