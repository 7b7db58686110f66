import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Input, Switch, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useEffect, useState } from 'react'
import { callAction, type ClientError } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, useLocale } from '../../../state/locale'
import { leavePickedAddress } from '../_shared/address-pick'
import {
  ADDRESS_FIELDS,
  addressFormProblems,
  emptyAddressForm,
  formFromAddress,
  problemsFromServer,
  toSaveInput,
  type AddressField,
  type AddressForm,
} from './address-form'
import './index.scss'

/** Add or edit one address. A new address made from checkout becomes the one checkout uses. */
export default function AddressEditPage() {
  const id = useRouter().params.id
  const { t, message } = useLocale()
  useDidShow(() => applyChrome('nav.addressEdit'))
  const [form, setForm] = useState<AddressForm | null>(id ? null : emptyAddressForm())
  const [loadError, setLoadError] = useState<ClientError | null>(null)
  const [problems, setProblems] = useState<Partial<Record<AddressField, string>>>({})
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<ClientError | null>(null)

  const load = async () => {
    if (!id) return
    setLoadError(null)
    const result = await callAction('shop', 'address.list', {})
    if (!result.ok) return setLoadError(result.error)
    const address = result.data.find((a) => a._id === id)
    if (!address) return setLoadError({ code: 'NOT_FOUND', message: t('address.gone') })
    setForm(formFromAddress(address))
  }
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  if (loadError) return <ErrorState error={loadError} onRetry={loadError.code === 'NOT_FOUND' ? undefined : () => void load()} />
  if (!form) return <LoadingSkeleton variant='detail' />

  const save = async () => {
    const found = addressFormProblems(form)
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

  return (
    <View className='address-edit' data-testid='address-edit'>
      <ActionError error={saveError} onDismiss={() => setSaveError(null)} />
      <View className='address-edit__form'>
        {ADDRESS_FIELDS.map((field) => (
          <View key={field.key} className='address-edit__row'>
            <Text className='address-edit__label'>{t(`addressField.${field.key}`)}</Text>
            <Input
              className='address-edit__input'
              data-testid={`address-${field.key}`}
              value={form[field.key]}
              maxlength={field.max}
              type={field.key === 'phone' ? 'number' : 'text'}
              placeholder={t(`addressHint.${field.key}`)}
              onInput={(event) => setForm({ ...form, [field.key]: event.detail.value })}
            />
            {problems[field.key] ? (
              <Text className='address-edit__problem' data-testid={`address-${field.key}-problem`}>
                {message(problems[field.key] ?? '')}
              </Text>
            ) : null}
          </View>
        ))}
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
