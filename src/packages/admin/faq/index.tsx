import '@/i18n/all-messages'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { FaqEntry, FaqTryOutput } from '@cloud/contracts/service'
import { FAQ_CATEGORIES, type FaqCategory } from '@cloud/domain/service'
import { callAction, type ClientError } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { ActionError, formatTime } from '../../../components/order-card'
import type { MessageKey } from '../../../i18n/dictionaries'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../orders/_shared/admin.scss'

interface Draft {
  faqId?: string
  version?: number
  category: FaqCategory
  question: string
  answer: string
  alts: string
  questionEn: string
  answerEn: string
  sort: number
  on: boolean
}

const blank = (question = ''): Draft => ({ category: 'shipping', question, answer: '', alts: '', questionEn: '', answerEn: '', sort: 1000, on: true })
const draftOf = (e: FaqEntry): Draft => ({
  faqId: e._id,
  version: e.version,
  category: e.category,
  question: e.question,
  answer: e.answer,
  alts: e.alts.join('\n'),
  questionEn: e.questionEn ?? '',
  answerEn: e.answerEn ?? '',
  sort: e.sort,
  on: e.status === 'on',
})
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean)

/**
 * The merchant's FAQ: a "try it" box showing what the assistant would answer and why, the questions
 * it could not answer (most asked first, "add as FAQ"), the entries with their other phrasings, and
 * the synonym groups.
 */
export default function AdminFaqPage() {
  const { t } = useLocale()
  const seed = useRouter().params.draft
  const { remote, reload } = useRemote(() => callAction('admin', 'faq.adminList', {}), [])
  const misses = useRemote(() => callAction('admin', 'assistant.unanswered', { page: 1 }), [])
  const [draft, setDraft] = useState<Draft | null>(seed ? blank(decodeURIComponent(seed)) : null)
  const [synonyms, setSynonyms] = useState<string | null>(null)
  const [error, setError] = useState<ClientError | null>(null)
  const [working, setWorking] = useState(false)
  useDidShow(() => applyChrome('nav.adminFaq'))
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <AdminLoadError error={remote.error} onRetry={() => void reload()} />
  const synonymText = synonyms ?? remote.data.synonyms.map((g) => g.join(' ')).join('\n')

  const save = async () => {
    if (!draft || working) return
    setWorking(true)
    setError(null)
    const result = await callAction('admin', 'faq.save', {
      ...(draft.faqId ? { faqId: draft.faqId, version: draft.version } : {}),
      category: draft.category,
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      alts: lines(draft.alts),
      questionEn: draft.questionEn.trim(),
      answerEn: draft.answerEn.trim(),
      sort: draft.sort,
      status: draft.on ? 'on' : 'off',
    })
    setWorking(false)
    if (!result.ok) return setError(result.error)
    setDraft(null)
    void reload()
    void misses.reload()
  }
  const remove = async (id: string) => {
    const result = await callAction('admin', 'faq.remove', { faqId: id })
    if (!result.ok) return setError(result.error)
    void reload()
  }
  const saveSynonyms = async () => {
    const groups = lines(synonymText).map((l) => l.split(/[\s,，]+/).filter(Boolean)).filter((g) => g.length >= 2)
    const result = await callAction('admin', 'faq.saveSynonyms', { groups })
    if (!result.ok) return setError(result.error)
    setSynonyms(null)
    void reload()
  }
  const categoryLabels = Object.fromEntries(FAQ_CATEGORIES.map((c) => [c, t(`faq.category.${c}` as MessageKey)])) as Record<FaqCategory, string>
  return (
    <View data-testid='admin-faq-page'>
      <TryBox />
      {error ? <ActionError error={error} /> : null}
      {draft ? (
        <View className='admin-panel' data-testid='faq-form'>
          <Text className='admin-panel__heading'>{draft.faqId ? t('admin.faq.edit') : t('admin.faq.new')}</Text>
          <Text className='admin-panel__muted'>{t('admin.faq.category')}</Text>
          <Chips options={FAQ_CATEGORIES} labels={categoryLabels} value={draft.category} onChange={(category) => setDraft({ ...draft, category })} testIdPrefix='faq-form-cat' />
          <Text className='admin-panel__muted'>{t('admin.faq.question')}</Text>
          <Input className='admin-panel__input' data-testid='faq-form-question' value={draft.question} maxlength={80} onInput={(e) => setDraft({ ...draft, question: e.detail.value })} />
          <Text className='admin-panel__muted'>{t('admin.faq.answer')}</Text>
          <Textarea className='admin-panel__input' data-testid='faq-form-answer' value={draft.answer} maxlength={1000} onInput={(e) => setDraft({ ...draft, answer: e.detail.value })} />
          <Text className='admin-panel__muted'>{t('admin.faq.alts')}</Text>
          <Textarea className='admin-panel__input' data-testid='faq-form-alts' value={draft.alts} onInput={(e) => setDraft({ ...draft, alts: e.detail.value })} />
          <Text className='admin-panel__muted'>{t('admin.faq.questionEn')}</Text>
          <Input className='admin-panel__input' value={draft.questionEn} maxlength={160} onInput={(e) => setDraft({ ...draft, questionEn: e.detail.value })} />
          <Text className='admin-panel__muted'>{t('admin.faq.answerEn')}</Text>
          <Textarea className='admin-panel__input' value={draft.answerEn} maxlength={2000} onInput={(e) => setDraft({ ...draft, answerEn: e.detail.value })} />
          <View className='admin-panel__row'>
            <Text>{t('admin.faq.show')}</Text>
            <Switch checked={draft.on} onChange={(e) => setDraft({ ...draft, on: e.detail.value })} />
          </View>
          <View className='admin-panel__actions'>
            <Button size='small' onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </Button>
            <Button type='primary' size='small' loading={working} data-testid='faq-form-save' onClick={() => void save()}>
              {t('admin.faq.save')}
            </Button>
          </View>
        </View>
      ) : null}
      <View className='admin-panel' data-testid='faq-unanswered'>
        <Text className='admin-panel__heading'>{t('admin.faq.unanswered')}</Text>
        {misses.remote.status === 'ready' && misses.remote.data.items.length === 0 ? <Text className='admin-panel__muted'>{t('admin.faq.noUnanswered')}</Text> : null}
        {misses.remote.status === 'ready'
          ? misses.remote.data.items.map((q) => (
              <View key={q._id} className='admin-panel__row' data-testid='faq-unanswered-item'>
                <View>
                  <Text data-product-data='unanswered-text'>{q.text}</Text>
                  <Text className='admin-panel__muted'>{t('admin.faq.unansweredCount', { count: q.count, time: formatTime(q.lastAt) })}</Text>
                </View>
                <View>
                  <Text className='admin-chips__chip' data-testid='faq-add-from-unanswered' onClick={() => setDraft(blank(q.text))}>
                    {t('admin.faq.addAsFaq')}
                  </Text>
                  <Text
                    className='admin-chips__chip'
                    onClick={() => void callAction('admin', 'assistant.dismiss', { id: q._id }).then(() => misses.reload())}
                  >
                    {t('admin.faq.dismiss')}
                  </Text>
                </View>
              </View>
            ))
          : null}
      </View>
      <View className='admin-panel'>
        <View className='admin-panel__row'>
          <Text className='admin-panel__heading'>{t('admin.faq.entries', { count: remote.data.items.length })}</Text>
          <Text className='admin-chips__chip' data-testid='faq-new' onClick={() => setDraft(blank())}>
            {t('admin.faq.new')}
          </Text>
        </View>
        {remote.data.items.map((e) => (
          <View key={e._id} className='admin-panel__row' data-testid='faq-entry'>
            <View>
              <Text data-product-data='faq-question'>{e.question}</Text>
              <Text className='admin-panel__muted'>
                {categoryLabels[e.category]}
                {e.status === 'off' ? ` · ${t('admin.faq.hidden')}` : ''}
              </Text>
            </View>
            <View>
              <Text className='admin-chips__chip' data-testid='faq-edit' onClick={() => setDraft(draftOf(e))}>
                {t('admin.faq.edit')}
              </Text>
              <Text className='admin-chips__chip' onClick={() => void remove(e._id)}>
                {t('admin.faq.delete')}
              </Text>
            </View>
          </View>
        ))}
      </View>
      <View className='admin-panel'>
        <Text className='admin-panel__muted'>{t('admin.faq.synonyms')}</Text>
        <Textarea className='admin-panel__input' data-testid='faq-synonyms' maxlength={-1} value={synonymText} onInput={(e) => setSynonyms(e.detail.value)} />
        <View className='admin-panel__actions'>
          <Button size='small' onClick={() => void saveSynonyms()}>
            {t('admin.faq.saveSynonyms')}
          </Button>
        </View>
      </View>
    </View>
  )
}

function TryBox() {
  const { t } = useLocale()
  const [text, setText] = useState('')
  const [result, setResult] = useState<FaqTryOutput | null>(null)
  const [error, setError] = useState<ClientError | null>(null)
  const run = async () => {
    if (!text.trim()) return
    setError(null)
    const r = await callAction('admin', 'faq.try', { text: text.trim() })
    if (r.ok) setResult(r.data)
    else setError(r.error)
  }
  const reply = result?.reply
  return (
    <View className='admin-panel' data-testid='faq-try'>
      <Text className='admin-panel__heading'>{t('admin.faq.try')}</Text>
      <View className='admin-panel__row'>
        <Input className='admin-panel__input' data-testid='faq-try-input' placeholder={t('admin.faq.tryPlaceholder')} value={text} onInput={(e) => setText(e.detail.value)} onConfirm={() => void run()} />
        <Button type='primary' size='small' data-testid='faq-try-run' onClick={() => void run()}>
          {t('admin.faq.try')}
        </Button>
      </View>
      {error ? <ActionError error={error} /> : null}
      {result && reply ? (
        <View data-testid='faq-try-result' data-kind={reply.kind}>
          <Text className='admin-panel__muted'>{t('admin.faq.tryResult', { confidence: reply.confidence.toFixed(2), threshold: result.threshold.toFixed(2) })}</Text>
          {reply.kind === 'faq' ? (
            <View>
              <Text className='admin-panel__heading'>{reply.question}</Text>
              <Text>{reply.answer}</Text>
            </View>
          ) : null}
          {reply.kind === 'unsure' ? <Text>{t('admin.faq.tryUnsure')}</Text> : null}
          {reply.kind === 'intent' ? <Text>{t('admin.faq.tryIntent', { intent: t(`assistant.intent.${reply.intent}` as MessageKey) })}</Text> : null}
          {result.ranked.map((r) => (
            <Text key={r.faqId} className='admin-panel__muted'>
              {r.question} — {t('admin.faq.score', { score: r.score.toFixed(2), confidence: r.confidence.toFixed(2) })}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
