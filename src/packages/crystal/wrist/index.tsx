import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useEffect, useState } from 'react'
import { suggestedBeadMm, wristCm } from '@cloud/domain/crystal/bracelet-sku'
import { adviseFit } from '@cloud/domain/crystal/wrist-fit'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { keepWristOf, rememberWrist } from '../../../state/wrist'
import { wristMmFromCm } from './wrist-input'
import '../crystal.scss'

const BEADS = [6, 8, 10, 12, 14] as const
const STEPS = ['wrist.step1', 'wrist.step2', 'wrist.step3', 'wrist.step4'] as const

/**
 * 手串尺寸助手: the wrist typed in cm (or measured with a paper strip, shown step by step), the bead count
 * and fit for every bead size, and saving it to the member record so every bracelet page pre-selects
 * the fitting size. Opened from a bracelet (`productId`), saving goes back there.
 */
export default function WristFitPage() {
  const { t } = useLocale()
  const fromProduct = useRouter().params.productId
  useDidShow(() => applyChrome('nav.wristFit'))
  const { remote, reload } = useRemote(() => callAction('shop', 'me.profile', {}).then(keepWristOf), [])
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const saved = remote.status === 'ready' ? remote.data.wristMm : null
  useEffect(() => {
    if (saved !== null && typed === '') setTyped(wristCm(saved))
    // only when the profile arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved])

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />

  const wristMm = wristMmFromCm(typed)
  const store = async (value: number | null) => {
    setBusy(true)
    const r = await callAction('shop', 'member.setWrist', { wristMm: value })
    setBusy(false)
    if (!r.ok) return void Taro.showToast({ title: describeErrorNow(r.error), icon: 'none' })
    rememberWrist(r.data.wristMm)
    if (value === null) setTyped('')
    void Taro.showToast({ title: t('wrist.saved'), icon: 'none' })
    void reload()
    if (fromProduct && value !== null) setTimeout(() => void Taro.navigateBack().catch(() => {}), 600)
  }

  return (
    <View className='crystal' data-testid='wrist-fit-page'>
      <View className='crystal__card'>
        <Text className='crystal__title'>{t('wrist.title')}</Text>
        <Text className='crystal__muted' data-testid='wrist-current'>{saved !== null ? t('wrist.current', { cm: wristCm(saved) }) : t('wrist.none')}</Text>
        <View className='crystal__field'>
          <Text className='crystal__label'>{t('wrist.inputLabel')}</Text>
          <Input className='crystal__input' type='digit' data-testid='wrist-input' placeholder={t('wrist.inputPlaceholder')} value={typed} onInput={(e) => setTyped(e.detail.value)} />
        </View>
        {typed && wristMm === null ? <Text className='crystal__error' data-testid='wrist-invalid'>{t('wrist.invalid')}</Text> : null}
        <View className='crystal__actions'>
          <Button type='primary' disabled={busy || wristMm === null} data-testid='wrist-save' onClick={() => wristMm !== null && void store(wristMm)}>
            {t('wrist.save')}
          </Button>
          {saved !== null ? (
            <Button fill='outline' disabled={busy} data-testid='wrist-forget' onClick={() => void store(null)}>
              {t('wrist.forget')}
            </Button>
          ) : null}
        </View>
      </View>

      {wristMm !== null ? (
        <View className='crystal__card' data-testid='wrist-advice'>
          <Text className='crystal__title'>{t('wrist.adviceTitle', { cm: wristCm(wristMm) })}</Text>
          {BEADS.map((bead) => {
            const a = adviseFit(wristMm, bead)
            const suggested = suggestedBeadMm(wristMm) === bead
            return (
              <View key={bead} className={`crystal__advice ${suggested ? 'crystal__advice--suggested' : ''}`} data-testid='wrist-advice-row' data-bead={bead} data-count={a.count} data-fit={a.fit}>
                <Text>{t('wrist.adviceRow', { bead, count: a.count, length: a.lengthMm / 10 })}</Text>
                <Text className='crystal__fit'>{t(`fit.${a.fit}`)}</Text>
                {suggested ? <Text className='crystal__badge'>{t('wrist.suggested')}</Text> : null}
              </View>
            )
          })}
          <Text className='crystal__muted'>{t('wrist.rule')}</Text>
        </View>
      ) : null}

      <View className='crystal__card' data-testid='wrist-how'>
        <Text className='crystal__title'>{t('wrist.howTitle')}</Text>
        {STEPS.map((key, i) => (
          <View key={key} className='crystal__step' data-testid='wrist-step'>
            <Text className='crystal__step-no'>{i + 1}</Text>
            <Text className='crystal__step-text'>{t(key)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
