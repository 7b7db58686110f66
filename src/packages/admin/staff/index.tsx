import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { StaffInviteOutput, StaffInviteSummary, StaffMember } from '@cloud/contracts/staff'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import { useRemote } from '../../../state/useRemote'
import { applyChrome, useLocale } from '../../../state/locale'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../orders/_shared/admin.scss'

const ASSIGNABLE = ['operator', 'service'] as const
type Assignable = (typeof ASSIGNABLE)[number]

/**
 * The owner's team page: who is staff with which role, invite someone (the code is shown once, with its
 * expiry), change a role, remove a member, revoke an open invite. The admin function refuses anyone
 * without `staff.manage`; this page shows that refusal as the staff-only notice.
 */
export default function AdminStaffPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminStaff'))
  const staff = useRemote(() => callAction('admin', 'staff.list', {}), [])
  const invites = useRemote(() => callAction('admin', 'staff.invites', {}), [])
  const [role, setRole] = useState<Assignable>('service')
  const [fresh, setFresh] = useState<StaffInviteOutput | null>(null)
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  const roleLabels = Object.fromEntries(ASSIGNABLE.map((r) => [r, t(`staffRole.${r}`)])) as Record<Assignable, string>

  /** Runs one write, shows its error inline, reloads the lists on success. */
  const write = async <T,>(run: () => Promise<{ ok: true; data: T } | { ok: false; error: ClientError }>, done?: (data: T) => void) => {
    if (working) return
    setWorking(true)
    setError(null)
    const result = await run()
    setWorking(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    done?.(result.data)
    void staff.reload()
    void invites.reload()
  }

  if (staff.remote.status === 'failed') return <AdminLoadError error={staff.remote.error} onRetry={staff.reload} />
  if (staff.remote.status === 'loading') return <LoadingSkeleton variant='detail' />

  const createInvite = () => write(() => callAction('admin', 'staff.invite', { role }), setFresh)
  const copy = (code: string) => void Taro.setClipboardData({ data: code }).then(() => Taro.showToast({ title: t('staff.invite.copied'), icon: 'success' }))
  const setMemberRole = (m: StaffMember, next: Assignable) =>
    write(() => callAction('admin', 'staff.setRole', { openid: m.openid, role: next }), () => void Taro.showToast({ title: t('staff.roleChanged'), icon: 'success' }))
  const remove = async (m: StaffMember) => {
    const { confirm } = await Taro.showModal({ title: t('staff.remove'), content: t('staff.removeConfirm'), confirmText: t('staff.remove'), cancelText: t('admin.cancel') })
    if (confirm) await write(() => callAction('admin', 'staff.remove', { openid: m.openid }), () => void Taro.showToast({ title: t('staff.removed'), icon: 'success' }))
  }
  const revoke = (i: StaffInviteSummary) => write(() => callAction('admin', 'staff.revokeInvite', { inviteId: i.inviteId }), () => void Taro.showToast({ title: t('staff.invite.revoked'), icon: 'success' }))

  return (
    <View data-testid='admin-staff-page'>
      <ActionError error={error} onDismiss={() => setError(null)} />

      <View className='admin-panel' data-testid='staff-invite'>
        <Text className='admin-panel__heading'>{t('staff.invite.title')}</Text>
        <View className='admin-panel__row'>
          <Text>{t('staff.invite.role')}</Text>
          <Chips options={ASSIGNABLE} labels={roleLabels} value={role} onChange={setRole} testIdPrefix='invite-role' />
        </View>
        <Text className='admin-panel__muted'>{t(`staff.roleHint.${role}`)}</Text>
        {fresh ? (
          <View data-testid='invite-fresh'>
            <Text className='admin-panel__muted'>{t('staff.invite.created')}</Text>
            <View className='admin-panel__row'>
              <Text className='admin-panel__heading' data-testid='invite-code' selectable>
                {fresh.code}
              </Text>
              <Button size='small' type='primary' data-testid='invite-copy' onClick={() => copy(fresh.code)}>
                {t('staff.invite.copy')}
              </Button>
            </View>
            <Text className='admin-panel__muted' data-testid='invite-expiry'>
              {t(`staffRole.${fresh.role}`)} · {t('staff.invite.expires', { time: formatTime(fresh.expiresAt) })}
            </Text>
            <View className='admin-panel__actions'>
              <Button size='small' data-testid='invite-done' onClick={() => setFresh(null)}>
                {t('staff.invite.done')}
              </Button>
            </View>
          </View>
        ) : (
          <View className='admin-panel__actions'>
            <Button type='primary' loading={working} disabled={working} data-testid='invite-create' onClick={() => void createInvite()}>
              {t('staff.invite.create')}
            </Button>
          </View>
        )}
      </View>

      <View className='admin-panel' data-testid='staff-list'>
        <Text className='admin-panel__heading'>{t('staff.members')}</Text>
        {staff.remote.data.map((m) => (
          <View key={m.openid} data-testid='staff-row' data-role={m.role}>
            <View className='admin-panel__row'>
              <Text data-product-data>{m.name || m.openid}</Text>
              <Text data-testid='staff-role'>{m.fixed ? t('staff.owner.fixed') : t(`staffRole.${m.role}`)}</Text>
            </View>
            <Text className='admin-panel__muted'>
              {m.openid}
              {m.createdAt ? ` · ${t('staff.joined', { time: formatTime(m.createdAt) })}` : ''}
            </Text>
            {m.fixed ? null : (
              <View className='admin-panel__actions'>
                {ASSIGNABLE.filter((r) => r !== m.role).map((r) => (
                  <Button key={r} size='small' disabled={working} data-testid={`staff-make-${r}`} onClick={() => void setMemberRole(m, r)}>
                    {t('staff.changeRole', { role: r })}
                  </Button>
                ))}
                <Button size='small' type='danger' disabled={working} data-testid='staff-remove' onClick={() => void remove(m)}>
                  {t('staff.remove')}
                </Button>
              </View>
            )}
          </View>
        ))}
      </View>

      <View className='admin-panel' data-testid='invite-list'>
        <Text className='admin-panel__heading'>{t('staff.invites')}</Text>
        {invites.remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
        {invites.remote.status === 'failed' ? <AdminLoadError error={invites.remote.error} onRetry={invites.reload} /> : null}
        {invites.remote.status === 'ready' && invites.remote.data.length === 0 ? (
          <EmptyState testId='invites-empty' title={t('staff.invites.empty')} hint={t('staff.invites.emptyHint')} />
        ) : null}
        {invites.remote.status === 'ready'
          ? invites.remote.data.map((i) => (
              <View key={i.inviteId} data-testid='invite-row' data-status={i.status}>
                <View className='admin-panel__row'>
                  <Text>{t('staff.invite.line', { role: i.role, time: formatTime(i.createdAt) })}</Text>
                  <Text>{t(`staff.invite.status.${i.status}`)}</Text>
                </View>
                <Text className='admin-panel__muted'>
                  {i.status === 'redeemed' && i.redeemedBy ? t('staff.invite.redeemedBy', { openid: i.redeemedBy }) : t('staff.invite.expires', { time: formatTime(i.expiresAt) })}
                </Text>
                {i.status === 'open' ? (
                  <View className='admin-panel__actions'>
                    <Button size='small' disabled={working} data-testid='invite-revoke' onClick={() => void revoke(i)}>
                      {t('staff.invite.revoke')}
                    </Button>
                  </View>
                ) : null}
              </View>
            ))
          : null}
      </View>
    </View>
  )
}
