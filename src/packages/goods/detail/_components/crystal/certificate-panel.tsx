import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CrystalAttributes } from '@cloud/contracts/catalog'
import { labInfo } from '@cloud/domain/crystal/certificates'
import { routes } from '../../../../../routes'
import { useLocale } from '../../../../../state/locale'
import './crystal.scss'

/**
 * Who issued the piece's certificate, its marks and how to check it: the lab's public lookup address is
 * copied with the number (a mini program opens only its configured business domains,
 * docs/platform-facts.md §18), and 证书查询 checks it was sold here.
 */
export function CertificatePanel({ attrs }: { attrs: CrystalAttributes }) {
  const { t } = useLocale()
  if (!attrs.certificateNo) return null
  const lab = labInfo(attrs.certificateLab)
  const copy = () => {
    if (!lab?.verifyUrl) return void Taro.showToast({ title: t('cert.noVerifyUrl'), icon: 'none' })
    void Taro.setClipboardData({ data: `${lab.verifyUrl} ${attrs.certificateNo}` }).then(() => Taro.showToast({ title: t('cert.verifyCopied'), icon: 'none' }))
  }
  return (
    <View className='cert-panel' data-testid='certificate-panel'>
      {lab ? (
        <View className='material-card__row'>
          <Text className='material-card__label'>{t('cert.lab')}</Text>
          <Text data-testid='certificate-lab'>{t(`cert.lab.${lab.lab}`)}</Text>
        </View>
      ) : null}
      {attrs.certificateMarks?.length ? (
        <View className='material-card__row'>
          <Text className='material-card__label'>{t('cert.marks')}</Text>
          <View className='material-card__chips'>
            {attrs.certificateMarks.map((m) => (
              <Text key={m} className='cert-panel__mark' data-testid='certificate-mark'>{m}</Text>
            ))}
          </View>
        </View>
      ) : null}
      <View className='cert-panel__actions'>
        {lab?.verifyUrl ? <Text className='wrist-hint__link' data-testid='certificate-verify' onClick={copy}>{t('cert.verify')}</Text> : null}
        <Text className='wrist-hint__link' data-testid='certificate-lookup-link' onClick={() => void Taro.navigateTo({ url: routes.certificateLookup(attrs.certificateNo) })}>
          {t('cert.lookupHere')} ›
        </Text>
      </View>
    </View>
  )
}
