import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Image, Input, Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { MeUpdateProfileInput } from '@cloud/contracts/member'
import { callAction } from '../../../api'
import { uploadMedia } from '../../../api/upload'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { askConsent } from '../subscribe-consent'
import '../member.scss'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The shopper's own profile: avatar (weapp: `openType="chooseAvatar"`, stored in cloud storage),
 * nickname (`type="nickname"` input), birthday (month / day, changeable once a year once set), phone
 * (`openType="getPhoneNumber"`, exchanged in the cloud), and the privacy notice.
 */
export default function MemberProfilePage() {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'me.profile', {}), [])
  const [nickname, setNickname] = useState('')
  const [birthday, setBirthday] = useState<{ month: number; day: number } | null>(null)
  const [saving, setSaving] = useState(false)
  useDidShow(() => applyChrome('nav.memberProfile'))
  useEffect(() => {
    if (remote.status === 'ready') {
      setNickname(remote.data.nickname)
      setBirthday(remote.data.birthday)
    }
  }, [remote])

  const save = async (patch: MeUpdateProfileInput) => {
    setSaving(true)
    const r = await callAction('shop', 'me.updateProfile', patch)
    setSaving(false)
    void Taro.showToast({ title: r.ok ? t('profile.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void reload()
    return r.ok
  }

  const applyAvatar = async (localPath: string) => {
    try {
      const { url } = await uploadMedia(localPath, 'avatars')
      await save({ avatar: url })
    } catch (err) {
      void Taro.showToast({ title: String((err as Error).message ?? err), icon: 'none' })
    }
  }

  const bindPhone = async (code: string | undefined) => {
    if (!code) return // the shopper declined
    const r = await callAction('shop', 'me.bindPhone', { code })
    void Taro.showToast({ title: r.ok ? t('profile.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void reload()
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />
  const me = remote.data
  const weapp = process.env.TARO_ENV === 'weapp'
  const birthdayChanged = birthday && (!me.birthday || birthday.month !== me.birthday.month || birthday.day !== me.birthday.day)

  return (
    <View className='member' data-testid='profile-page'>
      <View className='member__card'>
        <View className='member__row'>
          <Text>{t('profile.avatar')}</Text>
          {weapp ? (
            <Button className='member__button' openType='chooseAvatar' onChooseAvatar={(e) => void applyAvatar(e.detail.avatarUrl)} data-testid='choose-avatar'>
              {me.avatar ? <Image className='member__avatar' src={me.avatar} mode='aspectFill' /> : t('profile.chooseAvatar')}
            </Button>
          ) : (
            <View
              data-testid='choose-avatar'
              onClick={() => void Taro.chooseImage({ count: 1 }).then(async (r) => {
                if (r.tempFilePaths[0]) await applyAvatar(r.tempFilePaths[0])
              }).catch(() => {})}
            >
              {me.avatar ? <Image className='member__avatar' src={me.avatar} mode='aspectFill' /> : <Text className='member__chip'>{t('profile.chooseAvatar')}</Text>}
            </View>
          )}
        </View>
        <View className='member__row'>
          <Text>{t('profile.nickname')}</Text>
          <Input
            className='member__input'
            type={'nickname' as never}
            data-testid='nickname-input'
            value={nickname}
            maxlength={20}
            placeholder={t('profile.nicknamePlaceholder')}
            onInput={(e) => setNickname(e.detail.value)}
            onBlur={(e) => setNickname(e.detail.value)}
          />
        </View>
        <View className='member__row'>
          <Text>{t('profile.birthday')}</Text>
          <Picker
            mode='date'
            start='2000-01-01'
            end='2000-12-31'
            value={birthday ? `2000-${pad(birthday.month)}-${pad(birthday.day)}` : '2000-01-01'}
            disabled={!me.birthdayChangeable}
            onChange={(e) => {
              const [, m, d] = String(e.detail.value).split('-').map(Number)
              setBirthday({ month: m, day: d })
            }}
          >
            <Text data-testid='birthday-value'>
              {birthday ? `${birthday.month}${t('profile.month')}${birthday.day}${t('profile.day')}` : t('profile.birthdayUnset')}
            </Text>
          </Picker>
        </View>
        <Text className='member__muted'>{me.birthdayChangeable ? t('profile.birthdayRule') : t('profile.birthdayLocked')}</Text>
        <View
          className='member__button'
          data-testid='save-profile'
          onClick={() => {
            if (saving) return
            void (async () => {
              const patch: MeUpdateProfileInput = {}
              if (nickname.trim() && nickname.trim() !== me.nickname) patch.nickname = nickname.trim()
              if (birthday && birthdayChanged) {
                patch.birthday = birthday
                const consent = await askConsent('birthday') // the natural moment: setting the birthday
                if (consent) patch.birthdayConsent = consent
              }
              if (Object.keys(patch).length) await save(patch)
            })()
          }}
        >
          <Text>{t('profile.save')}</Text>
        </View>
      </View>

      <View className='member__card'>
        <View className='member__row'>
          <Text>{t('profile.phone')}</Text>
          <Text data-testid='phone-value'>{me.phoneMasked ?? t('profile.phoneUnset')}</Text>
        </View>
        {weapp ? (
          <Button className='member__button' openType='getPhoneNumber' onGetPhoneNumber={(e) => void bindPhone((e.detail as { code?: string }).code)} data-testid='bind-phone'>
            {t('profile.bindPhone')}
          </Button>
        ) : (
          <View className='member__button' data-testid='bind-phone' onClick={() => void bindPhone('dev-phone-13800138000')}>
            <Text>{t('profile.bindPhoneDev')}</Text>
          </View>
        )}
      </View>

      <View className='member__card'>
        <Text className='member__privacy' data-testid='privacy-notice'>{t('profile.privacy')}</Text>
      </View>
    </View>
  )
}
