import { Text, View } from '@tarojs/components'
import type { DiyOrderPart } from '@cloud/contracts/diy'
import { ringLayout } from '@cloud/domain/crystal/diy/layout'
import { useLocale } from '../../state/locale'
import './index.scss'

export interface RingPiece {
  key: string
  beadMm: number
  color: string
}

interface DiyRingProps {
  beads: readonly RingPiece[]
  charm?: RingPiece | null
  /** Side of the square preview in px. */
  box: number
  /** Tapping a bead on the ring (the builder takes it off). */
  onTapBead?: (index: number) => void
  testId?: string
}

/**
 * The bracelet drawn by code: each bead a round View placed by the pure ring layout (domain/crystal/diy/
 * layout.ts), the same on H5 and weapp. Beads keep their colour and size in proportion.
 */
export function DiyRing({ beads, charm = null, box, onTapBead, testId }: DiyRingProps) {
  const layout = ringLayout(
    beads.map((b) => b.beadMm),
    box,
    charm ? charm.beadMm : null,
  )
  return (
    <View className='jf-diy-ring' style={{ width: `${box}px`, height: `${box}px` }} data-testid={testId} data-count={beads.length}>
      {layout.beads.map((p, i) => (
        <View
          key={`${beads[i].key}-${i}`}
          className='jf-diy-ring__bead'
          data-testid='diy-ring-bead'
          style={{ width: `${p.d}px`, height: `${p.d}px`, transform: `translate(${p.x - p.d / 2}px, ${p.y - p.d / 2}px)`, background: beads[i].color }}
          onClick={onTapBead ? () => onTapBead(i) : undefined}
        />
      ))}
      {layout.charm && charm ? (
        <View
          className='jf-diy-ring__charm'
          data-testid='diy-ring-charm'
          style={{ width: `${layout.charm.d}px`, height: `${layout.charm.d}px`, transform: `translate(${layout.charm.x - layout.charm.d / 2}px, ${layout.charm.y - layout.charm.d / 2}px)`, background: charm.color }}
        />
      ) : null}
    </View>
  )
}

/** A DIY order line: a small ring and the component list (the merchant's names, frozen at order time). */
export function DiyPartSummary({ part, box = 64, testId = 'diy-part' }: { part: DiyOrderPart; box?: number; testId?: string }) {
  const { t } = useLocale()
  const byId = new Map(part.components.map((c) => [c.componentId, c]))
  const ring = part.beads.map((id) => ({ key: id, beadMm: byId.get(id)?.beadMm ?? part.beadMm, color: byId.get(id)?.color ?? '#cccccc' }))
  const charm = part.charmId && byId.get(part.charmId) ? { key: part.charmId, beadMm: byId.get(part.charmId)!.beadMm, color: byId.get(part.charmId)!.color } : null
  return (
    <View className='jf-diy-part' data-testid={testId}>
      <DiyRing beads={ring} charm={charm} box={box} />
      <View className='jf-diy-part__list'>
        {part.components.map((c) => (
          <Text key={c.componentId} className='jf-diy-part__line' data-testid='diy-part-component' data-product-data>
            {t(`diy.kind.${c.kind}` as 'diy.kind.base')} · {t('diy.componentLine', { name: c.name, mm: c.beadMm, quantity: c.quantity })}
          </Text>
        ))}
      </View>
    </View>
  )
}
