import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useEffect, useState } from 'react'
import type { CertificateLookupOutput } from '@cloud/contracts/crystal'
import { callAction } from '../../../api'
import type { ClientError } from '../../../api/result'
import { ErrorState, Price } from '../../../components'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import '../crystal.scss'

/** 证书查询: whether a piece sold here carries a certificate number, with its lab, marks and photo. */
export default function CertificateLookupPage() {
  const { t } = useLocale()
  const asked = useRouter().params.number
  useDidShow(() => applyChrome('nav.certificateLookup'))
  const [number, setNumber] = useState(asked ? decodeURIComponent(asked) : '')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<CertificateLookupOutput | null>(null)
  const [failure, setFailure] = useState<ClientError | null>(null)

  const lookup = async (n = number) => {
    if (!n.trim() || busy) return
    setBusy(true)
    setFailure(null)
    const r = await callAction('shop', 'certificate.lookup', { number: n })
    setBusy(false)
    if (r.ok) setResult(r.data)
    else {
      setResult(null)
      setFailure(r.error)
    }
  }
  useEffect(() => {
    if (asked) void lookup(decodeURIComponent(asked))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked])

  const copy = (url: string, no: string) =>
    void Taro.setClipboardData({ data: `${url} ${no}` }).then(() => Taro.showToast({ title: t('cert.verifyCopied'), icon: 'none' }))

  return (
    <View className='crystal' data-testid='certificate-lookup-page'>
      <View className='crystal__card'>
        <View className='crystal__field'>
          <Input className='crystal__input' data-testid='certificate-input' placeholder={t('certLookup.placeholder')} value={number} maxlength={48} onInput={(e) => setNumber(e.detail.value)} onConfirm={() => void lookup()} />
          <Button type='primary' size='small' disabled={busy || !number.trim()} data-testid='certificate-submit' onClick={() => void lookup()}>
            {t('certLookup.submit')}
          </Button>
        </View>
        <Text className='crystal__muted'>{t('certLookup.hint')}</Text>
      </View>

      {failure ? <ErrorState error={failure} onRetry={failure.code === 'INVALID_INPUT' ? undefined : () => void lookup()} /> : null}

      {result && !result.found ? (
        <View className='crystal__card' data-testid='certificate-not-found'>
          <Text>{t('certLookup.notFound', { number: result.number })}</Text>
        </View>
      ) : null}

      {result && result.found ? (
        <View className='crystal__card' data-testid='certificate-found'>
          <Text className='crystal__title'>{t('certLookup.found')}</Text>
          <View className='crystal__product' onClick={() => void Taro.navigateTo({ url: routes.goodsDetail(result.product._id) })}>
            {result.product.cover ? <Image className='crystal__cover' src={result.product.cover} mode='aspectFill' /> : null}
            <View className='crystal__product-text'>
              <Text data-product-data data-testid='certificate-product-title'>{result.product.title}</Text>
              <Price fen={result.product.priceFrom} />
              <Text className='crystal__link'>{t('certLookup.openProduct')} ›</Text>
            </View>
          </View>
          <View className='crystal__row'>
            <Text className='crystal__label'>{t('cert.number')}</Text>
            <Text data-testid='certificate-number'>{result.certificate.number}</Text>
          </View>
          {result.certificate.lab ? (
            <View className='crystal__row'>
              <Text className='crystal__label'>{t('cert.lab')}</Text>
              <Text>{t(`cert.lab.${result.certificate.lab}`)}</Text>
            </View>
          ) : null}
          {result.certificate.marks.length ? (
            <View className='crystal__row'>
              <Text className='crystal__label'>{t('cert.marks')}</Text>
              <Text>{result.certificate.marks.join(' · ')}</Text>
            </View>
          ) : null}
          {result.certificate.image ? <Image className='crystal__certificate' src={result.certificate.image} mode='aspectFit' lazyLoad /> : null}
          {result.certificate.verifyUrl ? (
            <Text className='crystal__link' data-testid='certificate-verify' onClick={() => copy(result.certificate.verifyUrl!, result.certificate.number)}>
              {t('cert.verify')}
            </Text>
          ) : (
            <Text className='crystal__muted'>{t('cert.noVerifyUrl')}</Text>
          )}
        </View>
      ) : null}
    </View>
  )
}
