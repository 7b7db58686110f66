import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useEffect, useState } from 'react'
import { ADDRESS_TAGS } from '@cloud/domain/address/fields'
import { recogniseAddress } from '@cloud/domain/address/recognise'
import { callAction, type ClientError } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, useLocale } from '../../../state/locale'
import { leavePickedAddress, takeDraftAddress } from '../_shared/address-pick'
import {
  TEXT_FIELDS,
  addressFormProblems,
  applyRecognised,
  emptyAddressForm,
  formFromAddress,
  formFromWeChat,
  problemsFromServer,
  regionOf,
  toSaveInput,
  withRegion,
  type AddressField,
  type AddressForm,
  type FieldProblem,
  type TextField,
} from './address-form'
import { RegionPicker } from './region-picker'
import { regionIndex } from './regions'
import './index.scss'

type Notice = 'address.paste.filled' | 'address.paste.partly' | 'address.paste.nothing' | 'address.wechatCheck'

/**
 * Add or edit one address: paste a whole line to fill the form, or take the WeChat address (weapp),
 * pick the region from the dataset, check, save. A new address made from checkout becomes the one
 * checkout uses. Nothing is saved until the shopper taps save.
 */
export default function AddressEditPage() {
  const id = useRouter().params.id
  const { t, message } = useLocale()
  useDidShow(() => applyChrome('nav.addressEdit'))
  const [form, setForm] = useState<AddressForm | null>(id ? null : () => {
    // Checkout's WeChat address that the server could not take as it was: start from it.
    const draft = takeDraftAddress()
    return draft ? withRegion(draft, regionOf(draft), regionIndex()) : emptyAddressForm()
  })
  const [loadError, setLoadError] = useState<ClientError | null>(null)
  const [problems, setProblems] = useState<Partial<Record<AddressField, FieldProblem>>>({})
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<ClientError | null>(null)
  const [pasted, setPasted] = useState('')
  const [notice, setNotice] = useState<Notice | null>(null)

  const load = async () => {
    if (!id) return
    setLoadError(null)
    const result = await callAction('shop', 'address.list', {})
    if (!result.ok) return setLoadError(result.error)
    const address = result.data.find((a) => a._id === id)
    if (!address) return setLoadError({ code: 'NOT_FOUND', message: t('address.gone') })
    const loaded = formFromAddress(address)
    setForm(loaded)
    // An address saved before regions were checked: say so now rather than on save.
    const region = addressFormProblems(loaded, regionIndex()).region
    if (region) setProblems({ region })
  }
  useEffect(() => {
    // A draft from checkout shows at once what needs fixing.
    if (!id && form && form.name) setProblems(addressFormProblems(form, regionIndex()))
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  if (loadError) return <ErrorState error={loadError} onRetry={loadError.code === 'NOT_FOUND' ? undefined : () => void load()} />
  if (!form) return <LoadingSkeleton variant='detail' />

  const update = (next: AddressForm, fields: AddressField[]) => {
    setForm(next)
    if (fields.some((f) => problems[f])) setProblems((current) => Object.fromEntries(Object.entries(current).filter(([k]) => !fields.includes(k as AddressField))))
  }

  const recognise = () => {
    const applied = applyRecognised(form, recogniseAddress(pasted, regionIndex()))
    setNotice(applied.found === 'all' ? 'address.paste.filled' : applied.found === 'some' ? 'address.paste.partly' : 'address.paste.nothing')
    if (applied.found === 'none') return
    setForm(applied.form)
    // Show at once what is still missing or wrong in what was filled in.
    setProblems(addressFormProblems(applied.form, regionIndex()))
  }

  const takeWeChatAddress = async () => {
    try {
      const picked = await Taro.chooseAddress()
      const raw = formFromWeChat(picked, form)
      const filled = withRegion(raw, regionOf(raw), regionIndex())
      setForm(filled)
      setNotice('address.wechatCheck')
      setProblems(addressFormProblems(filled, regionIndex()))
    } catch {
      // The shopper closed WeChat's picker or declined: nothing changes.
    }
  }

  const save = async () => {
    const found = addressFormProblems(form, regionIndex())
    setProblems(found)
    if (Object.keys(found).length > 0 || saving) return
    setSaving(true)
    setSaveError(null)
    const result = await callAction('shop', 'address.save', toSaveInput(form, id))
    setSaving(false)
    if (!result.ok) {
      setProblems(problemsFromServer(result.error))
      setSaveError(result.error)
      return
    }
    if (!id) leavePickedAddress(result.data._id)
    void Taro.navigateBack()
  }

  const problemText = (field: AddressField) => {
    const problem = problems[field]
    if (!problem) return null
    const text = problem.params ? t(problem.key as 'address.problem.regionUnknown', problem.params) : message(problem.key)
    return (
      <Text className='address-edit__problem' data-testid={`address-${field}-problem`}>
        {text}
      </Text>
    )
  }

  const textRow = (field: (typeof TEXT_FIELDS)[number]) => (
    <View key={field.key} className='address-edit__row'>
      <Text className='address-edit__label'>{t(`addressField.${field.key}`)}</Text>
      <Input
        className='address-edit__input'
        data-testid={`address-${field.key}`}
        value={form[field.key]}
        maxlength={field.max}
        type={field.key === 'postcode' ? 'number' : 'text'}
        placeholder={t(`addressHint.${field.key}`)}
        onInput={(event) => update({ ...form, [field.key]: event.detail.value }, [field.key])}
      />
      {problemText(field.key)}
    </View>
  )
  const byKey = (key: TextField) => TEXT_FIELDS.find((f) => f.key === key)!

  return (
    <View className='address-edit' data-testid='address-edit'>
      <ActionError error={saveError} onDismiss={() => setSaveError(null)} />

      {process.env.TARO_ENV === 'weapp' ? (
        <View className='address-edit__wechat' data-testid='address-wechat' onClick={() => void takeWeChatAddress()}>
          <Text>{t('address.useWeChat')}</Text>
        </View>
      ) : null}

      <View className='address-edit__paste'>
        <Text className='address-edit__paste-title'>{t('address.paste.title')}</Text>
        <Textarea
          className='address-edit__paste-box'
          data-testid='address-paste'
          value={pasted}
          maxlength={300}
          autoHeight
          placeholder={t('address.paste.placeholder')}
          onInput={(event) => setPasted(event.detail.value)}
        />
        <View className='address-edit__paste-actions'>
          {notice ? (
            <Text className={`address-edit__notice${notice === 'address.paste.nothing' ? ' address-edit__notice--none' : ''}`} data-testid='address-paste-notice'>
              {t(notice)}
            </Text>
          ) : (
            <View />
          )}
          <Button size='small' type='primary' fill='outline' disabled={!pasted.trim()} data-testid='address-recognise' onClick={recognise}>
            {t('address.paste.recognise')}
          </Button>
        </View>
      </View>

      <View className='address-edit__form'>
        {textRow(byKey('name'))}
        {textRow(byKey('phone'))}
        <View className='address-edit__row'>
          <Text className='address-edit__label'>{t('addressField.region')}</Text>
          <RegionPicker
            value={regionOf(form)}
            placeholder={t('addressHint.region')}
            title={t('address.region.title')}
            onChange={(region) => update(withRegion(form, region, regionIndex()), ['region'])}
          />
          {problemText('region')}
        </View>
        {textRow(byKey('detail'))}
        {textRow(byKey('postcode'))}
        <View className='address-edit__row'>
          <Text className='address-edit__label'>{t('addressField.tag')}</Text>
          <View className='address-edit__tags'>
            {ADDRESS_TAGS.map((tag) => (
              <Text
                key={tag}
                className={`address-edit__tag${form.tag === tag ? ' address-edit__tag--on' : ''}`}
                data-testid={`address-tag-${tag}`}
                onClick={() => setForm({ ...form, tag: form.tag === tag ? null : tag })}
              >
                {t(`address.tag.${tag}`)}
              </Text>
            ))}
          </View>
        </View>
        <View className='address-edit__row address-edit__row--switch'>
          <Text className='address-edit__label'>{t('address.defaultSwitch')}</Text>
          <Switch checked={form.isDefault} color='#5B3E96' data-testid='address-default' onChange={(event) => setForm({ ...form, isDefault: event.detail.value })} />
        </View>
      </View>
      <View className='address-edit__actions'>
        <Button type='primary' block loading={saving} disabled={saving} data-testid='address-save' onClick={() => void save()}>
          {t('address.save')}
        </Button>
      </View>
    </View>
  )
}
