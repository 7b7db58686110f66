import { Image, Text, View } from '@tarojs/components'
import type { CartLine } from '@cloud/contracts/cart'
import { useLocale } from '../../../state/locale'
import { Price } from '../../../components'
import { QuantityStepper } from '../../../components/quantity-stepper'

interface CartLineRowProps {
  line: CartLine
  busy: boolean
  onToggle: (line: CartLine) => void
  onQuantity: (line: CartLine, quantity: number) => void
  onRemove: (line: CartLine) => void
  onOpen: (productId: string) => void
}

/** One cart line. Invalid lines keep their photo and title (so the shopper knows what vanished) but are greyed with the reason. */
export function CartLineRow({ line, busy, onToggle, onQuantity, onRemove, onOpen }: CartLineRowProps) {
  const { t, reason: say } = useLocale()
  const reason = line.invalidReason ? t(`cartInvalid.${line.invalidReason}`) : null
  return (
    <View
      className={`cart-line${line.valid ? '' : ' cart-line--invalid'}`}
      data-testid='cart-line'
      data-line-id={line.lineId}
      data-product-id={line.productId}
      data-valid={line.valid ? 'true' : 'false'}
    >
      <View
        className={`cart-check${line.selected && line.valid ? ' cart-check--on' : ''}${line.valid ? '' : ' cart-check--off'}`}
        data-testid='cart-line-select'
        aria-checked={line.selected && line.valid}
        onClick={() => {
          if (line.valid && !busy) onToggle(line)
        }}
      />
      <Image className='cart-line__cover' src={line.cover} mode='aspectFill' lazyLoad onClick={() => onOpen(line.productId)} />
      <View className='cart-line__body'>
        <Text className='cart-line__title' data-testid='cart-line-title' data-product-data onClick={() => onOpen(line.productId)}>
          {line.removed ? say({ key: 'stock.productRemoved' }) : line.title}
        </Text>
        <Text className='cart-line__sku' data-product-data>
          {line.skuName}
        </Text>
        {reason ? (
          <Text className='cart-line__reason' data-testid='cart-line-invalid'>
            {reason}
            {line.invalidReason === 'stock_short' ? ` · ${t('cart.onlyLeft', { stock: line.stock })}` : ''}
          </Text>
        ) : null}
        <View className='cart-line__foot'>
          <Price fen={line.unitPrice} testId='cart-line-price' />
          {line.valid ? (
            <QuantityStepper value={line.quantity} stock={line.stock} disabled={busy} onChange={(next) => onQuantity(line, next)} />
          ) : (
            <Text className='cart-line__qty'>× {line.quantity}</Text>
          )}
        </View>
      </View>
      <Text
        className='cart-line__remove'
        data-testid='cart-line-remove'
        onClick={() => {
          if (!busy) onRemove(line)
        }}
      >
        {t('cart.remove')}
      </Text>
    </View>
  )
}
