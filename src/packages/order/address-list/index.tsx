import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useRef, useState } from 'react'
import type { Address } from '@cloud/contracts/address'
import { callAction, type ClientError, type ClientResult } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { AddressCard } from '../../../components/address-card'
import { ActionError } from '../../../components/order-card'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import type { Remote } from '../../../state/useRemote'
import { leavePickedAddress } from '../_shared/address-pick'
import { ADDRESS_BOOK_LIMIT } from './limits'
import './index.scss'

/** The address book. Opened from checkout with pick=1, tapping an address sends it back there. */
export default function AddressListPage() {
  const picking = useRouter().params.pick === '1'
  const { t } = useLocale()
  const [remote, setRemote] = useState<Remote<Address[]>>({ status: 'loading' })
  const [actionError, setActionError] = useState<ClientError | null>(null)
  const busy = useRef(false)

  const load = async () => {
    const result = await callAction('shop', 'address.list', {})
    setRemote(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', error: result.error })
  }
  // Coming back from the edit page must show the saved address.
  useDidShow(() => {
    applyChrome('nav.addressList')
    void load()
  })

  const change = async (request: () => Promise<ClientResult<Address[]>>) => {
    if (busy.current) return
    busy.current = true
    setActionError(null)
    const result = await request()
    busy.current = false
    if (result.ok) setRemote({ status: 'ready', data: result.data })
    else setActionError(result.error)
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void load()} />
  const addresses = remote.data
  const full = addresses.length >= ADDRESS_BOOK_LIMIT

  return (
    <View className='address-list' data-testid='address-list'>
      <ActionError error={actionError} onDismiss={() => setActionError(null)} />
      {addresses.length === 0 ? (
        <EmptyState testId='address-empty' title={t('address.empty')} hint={t('address.emptyHint')} />
      ) : null}
      {addresses.map((address) => (
        <View key={address._id} className='address-list__item' data-testid='address-item' data-id={address._id}>
          <AddressCard
            address={address}
            isDefault={address.isDefault}
            tag={address.tag}
            onTap={
              picking
                ? () => {
                    leavePickedAddress(address._id)
                    void Taro.navigateBack()
                  }
                : undefined
            }
          />
          <View className='address-list__actions'>
            {address.isDefault ? null : (
              <Text data-testid='address-set-default' onClick={() => void change(() => callAction('shop', 'address.setDefault', { id: address._id }))}>
                {t('address.setDefault')}
              </Text>
            )}
            <Text data-testid='address-edit-link' onClick={() => void Taro.navigateTo({ url: routes.addressEdit(address._id) })}>
              {t('address.edit')}
            </Text>
            <Text
              className='address-list__remove'
              data-testid='address-remove'
              onClick={() => {
                void Taro.showModal({ title: t('address.removeTitle'), content: `${address.name} ${address.detail}` }).then((answer) => {
                  if (answer.confirm) void change(() => callAction('shop', 'address.remove', { id: address._id }))
                })
              }}
            >
              {t('address.remove')}
            </Text>
          </View>
        </View>
      ))}
      <View className='address-list__add'>
        <Button type='primary' block disabled={full} data-testid='address-add' onClick={() => void Taro.navigateTo({ url: routes.addressEdit() })}>
          {full ? t('address.full', { max: ADDRESS_BOOK_LIMIT }) : t('address.add')}
        </Button>
      </View>
    </View>
  )
}
