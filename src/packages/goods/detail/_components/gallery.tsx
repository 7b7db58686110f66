import Taro from '@tarojs/taro'
import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import { useLocale } from '../../../../state/locale'

/** Swipeable photos; a tap opens the full-screen viewer (WeChat's own on weapp, Taro's on H5). */
export function Gallery({ images }: { images: string[] }) {
  const { t } = useLocale()
  if (images.length === 0) {
    return (
      <View className='goods-detail__swiper goods-detail__no-image'>
        <Text>{t('detail.noPhoto')}</Text>
      </View>
    )
  }
  const absolute = images.map(absoluteUrl)
  return (
    <Swiper className='goods-detail__swiper' indicatorDots={images.length > 1} circular={images.length > 1} data-testid='product-images'>
      {images.map((src, index) => (
        <SwiperItem key={src}>
          <Image
            className='goods-detail__image'
            src={src}
            mode='aspectFill'
            data-testid='gallery-image'
            onClick={() => void Taro.previewImage({ urls: absolute, current: absolute[index] })}
          />
        </SwiperItem>
      ))}
    </Swiper>
  )
}

/** previewImage wants full URLs; on H5 the local cloud serves /files/… from the page's own origin. */
export function absoluteUrl(src: string): string {
  if (process.env.TARO_ENV === 'h5' && src.startsWith('/') && typeof location !== 'undefined') return `${location.origin}${src}`
  return src
}
