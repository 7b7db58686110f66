import { Text, View } from '@tarojs/components'
import { CERTIFICATE_LABS, CERTIFICATE_MARKS, type CertificateLab, type CertificateMark } from '@cloud/domain/crystal/certificates'
import { useLocale } from '../../../../state/locale'

interface Props {
  lab: CertificateLab | ''
  marks: CertificateMark[]
  onChange: (patch: { certificateLab?: CertificateLab | ''; certificateMarks?: CertificateMark[] }) => void
}

/** The certificate's issuing lab and accreditation marks (CMA / CAL / CNAS), as chips. */
export function CertificateFields({ lab, marks, onChange }: Props) {
  const { t } = useLocale()
  return (
    <>
      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.certificateLab')}</Text>
        <View className='adm__bar'>
          {CERTIFICATE_LABS.map((l) => (
            <View key={l} className={`adm__button ${lab === l ? '' : 'adm__button--ghost'}`} data-testid='field-certificate-lab' data-lab={l} onClick={() => onChange({ certificateLab: lab === l ? '' : l })}>
              <Text>{l === 'other' ? t('cert.lab.other') : l}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.certificateMarks')}</Text>
        <View className='adm__bar'>
          {CERTIFICATE_MARKS.map((m) => (
            <View
              key={m}
              className={`adm__button ${marks.includes(m) ? '' : 'adm__button--ghost'}`}
              data-testid='field-certificate-mark'
              data-mark={m}
              onClick={() => onChange({ certificateMarks: marks.includes(m) ? marks.filter((x) => x !== m) : [...marks, m] })}
            >
              <Text>{m}</Text>
            </View>
          ))}
        </View>
      </View>
    </>
  )
}
