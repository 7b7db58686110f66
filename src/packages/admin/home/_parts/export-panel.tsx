/**
 * Order export: a range of Beijing days, exported batch by batch (console.exportOrders, one call per 200
 * orders) with progress; the last batch answers the stored file. H5 opens the temporary link; weapp
 * downloads it and hands it to Taro.openDocument (docs/platform-facts.md §19), copying the link when
 * the document viewer refuses the file.
 */
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ExportFile, ExportOrdersInput, ExportOrdersOutput } from '@cloud/contracts/console'
import { formatCny } from '@cloud/domain/money'
import { shanghaiDay } from '../../../../../cloudfunctions/domain/time'
import { callAction } from '../../../../api'
import { describeErrorNow, useLocale } from '../../../../state/locale'

const DAY = 86_400_000

const exportBatch = (input: ExportOrdersInput) => callAction('admin', 'console.exportOrders', input)

async function openFile(file: ExportFile): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank')
    return
  }
  try {
    const { tempFilePath } = await Taro.downloadFile({ url: file.url })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true } as Taro.openDocument.Option)
  } catch {
    await Taro.setClipboardData({ data: file.url })
  }
}

export function ExportPanel() {
  const { t, locale } = useLocale()
  const now = Date.now()
  const [fromDay, setFrom] = useState(shanghaiDay(now - 29 * DAY))
  const [toDay, setTo] = useState(shanghaiDay(now))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [file, setFile] = useState<ExportFile | null>(null)
  const [failed, setFailed] = useState<string | null>(null)

  const run = async () => {
    setFile(null)
    setFailed(null)
    const exportId = `x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    let cursor: ExportOrdersOutput['cursor'] = null
    let total = 0
    setProgress({ done: 0, total: 0 })
    for (let i = 0; i < 1000; i++) {
      const r: Awaited<ReturnType<typeof exportBatch>> = await exportBatch({ exportId, fromDay, toDay, locale: locale.startsWith('en') ? 'en' : 'zh', cursor })
      if (!r.ok) {
        setProgress(null)
        setFailed(describeErrorNow(r.error))
        return
      }
      if (r.data.total >= 0) total = r.data.total
      setProgress({ done: r.data.exported, total })
      if (r.data.done) {
        setProgress(null)
        setFile(r.data.file)
        return
      }
      cursor = r.data.cursor
    }
  }

  return (
    <View className='dash__card' data-testid='dash-export'>
      <Text className='dash__title'>{t('console.export')}</Text>
      <View className='dash__export'>
        <Input className='dash__input' data-testid='export-from' value={fromDay} placeholder={t('console.exportFrom')} onInput={(e) => setFrom(e.detail.value.trim())} />
        <Text>–</Text>
        <Input className='dash__input' data-testid='export-to' value={toDay} placeholder={t('console.exportTo')} onInput={(e) => setTo(e.detail.value.trim())} />
        <View className='dash__button' data-testid='export-start' onClick={() => (progress ? undefined : void run())}>
          <Text>{t('console.exportStart')}</Text>
        </View>
      </View>
      {progress ? (
        <View className='dash__progress' data-testid='export-progress'>
          <View className='dash__progress-bar' style={{ width: `${progress.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0}%` }} />
          <Text className='dash__hint'>{t('console.exportProgress', { done: progress.done, total: progress.total })}</Text>
        </View>
      ) : null}
      {failed ? (
        <Text className='dash__hint dash__hint--error' data-testid='export-failed'>
          {t('console.exportFailed', { reason: failed })}
        </Text>
      ) : null}
      {file ? (
        <View className='dash__row' data-testid='export-done' data-url={file.url} data-file-id={file.fileId} data-paid-total={file.paidTotal}>
          <Text className='dash__row-name'>{t('console.exportDone', { orders: file.orders, rows: file.rows, amount: formatCny(file.paidTotal) })}</Text>
          <View className='dash__button' data-testid='export-open' onClick={() => void openFile(file)}>
            <Text>{process.env.TARO_ENV === 'h5' ? t('console.exportDownload') : t('console.exportOpen')}</Text>
          </View>
        </View>
      ) : null}
    </View>
  )
}
