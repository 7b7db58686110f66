import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { applyChrome, t, useLocale } from '../../../../state/locale'
import { Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Category } from '@cloud/contracts/catalog'
import { callAction } from '../../../../api'
import { uploadMedia } from '../../../../api/upload'
import { LoadingSkeleton } from '../../../../components'
import type { ClientError } from '../../../../api/result'
import { AdminFailure } from '../_shared/staff-gate'
import { draftFromForm, emptyForm, formFromProduct, saveFailureText, type ProductForm, type SkuForm } from './product-form'
import { SkuStockCell, StockLedger } from './stock-adjust'
import { versionAfterAdjust } from './stock-adjust-form'
import { CertificateFields } from './certificate-fields'
import '../_shared/admin.scss'
import { ProductQualityFlag } from '../../reminders/quality-section'

/** Create or edit a product: text, category, attributes, images and video, SKUs with price and stock. */
export default function AdminProductEditPage() {
  const id = useRouter().params.id
  const { locale, reason } = useLocale()
  useDidShow(() => applyChrome('nav.adminProductEdit'))
  const [form, setForm] = useState<ProductForm | null>(id ? null : emptyForm())
  const [categories, setCategories] = useState<Category[]>([])
  const [failure, setFailure] = useState<ClientError | null>(null)
  const [busy, setBusy] = useState(false)
  const [ledgerRefresh, setLedgerRefresh] = useState(0)

  const load = async () => {
    setFailure(null)
    const cats = await callAction('shop', 'catalog.categories', {})
    if (cats.ok) setCategories(cats.data)
    if (!id) {
      // A new product loads nothing from the admin function: ask it who we are, so a shopper sees staff-only, not a form.
      const staff = await callAction('admin', 'staff.list', {})
      if (!staff.ok) setFailure(staff.error)
      return
    }
    const r = await callAction('admin', 'products.get', { id })
    if (r.ok) setForm(formFromProduct(r.data))
    else setFailure(r.error)
  }
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  if (failure) return <AdminFailure error={failure} onRetry={() => void load()} />
  if (!form) return <LoadingSkeleton variant='detail' />

  const set = <K extends keyof ProductForm>(key: K, value: ProductForm[K]) => setForm({ ...form, [key]: value })
  const setSku = (i: number, patch: Partial<SkuForm>) => set('skus', form.skus.map((s, j) => (j === i ? { ...s, ...patch } : s)))
  const text = (key: 'title' | 'subtitle' | 'material' | 'origin' | 'sizeMm' | 'weightG' | 'certificateNo' | 'tags', label: string, type: 'text' | 'digit' = 'text') => (
    <View className='adm__field'>
      <Text className='adm__label'>{label}</Text>
      <Input className='adm__input' data-testid={`field-${key}`} type={type} value={form[key]} onInput={(e) => set(key, e.detail.value)} />
    </View>
  )

  const addImages = async () => {
    try {
      const picked = await Taro.chooseImage({ count: 9 - form.images.length, sizeType: ['compressed'] })
      setBusy(true)
      const urls = await Promise.all(picked.tempFilePaths.map((p) => uploadMedia(p, 'products').then((u) => u.url)))
      setForm((f) => (f ? { ...f, images: [...f.images, ...urls].slice(0, 9) } : f))
    } catch (err) {
      if (!String(err).includes('cancel')) {
        console.warn('product images: upload failed', err)
        void Taro.showToast({ title: t('admin.product.uploadFailed'), icon: 'none' })
      }
    } finally {
      setBusy(false)
    }
  }
  const addVideo = async () => {
    try {
      const picked = await Taro.chooseVideo({ compressed: true, maxDuration: 60 })
      setBusy(true)
      const { url } = await uploadMedia(picked.tempFilePath, 'videos')
      setForm((f) => (f ? { ...f, video: url } : f))
    } catch (err) {
      if (!String(err).includes('cancel')) {
        console.warn('product video: upload failed', err)
        void Taro.showToast({ title: t('admin.product.uploadFailed'), icon: 'none' })
      }
    } finally {
      setBusy(false)
    }
  }
  const save = async () => {
    const built = draftFromForm(form)
    if (!built.ok) return void Taro.showToast({ title: reason(built.problem), icon: 'none' })
    setBusy(true)
    const r = await callAction('admin', 'products.save', { id, version: form.version, draft: built.draft })
    setBusy(false)
    if (!r.ok) return void Taro.showModal({ title: t('admin.product.notSaved'), content: saveFailureText(locale, r.error), showCancel: false })
    // saved, but the listing guard has something to say (thin media on a 孤品, a claim in the copy): say it before leaving
    if (r.data.warnings.length) await Taro.showModal({ title: t('admin.product.savedWithWarnings'), content: r.data.warnings.map((w) => reason(w)).join('\n'), showCancel: false })
    void Taro.showToast({ title: t('admin.saved'), icon: 'success' })
    setTimeout(() => void Taro.navigateBack().catch(() => {}), 600)
  }

  return (
    <View className='adm' data-testid='admin-product-edit'>
      {text('title', t('admin.product.title'))}
      {text('subtitle', t('admin.product.subtitle'))}
      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.description')}</Text>
        <Textarea className='adm__textarea' data-testid='field-description' value={form.description} maxlength={5000} onInput={(e) => set('description', e.detail.value)} />
      </View>
      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.category')}</Text>
        <View className='adm__bar'>
          {categories.map((c) => (
            <View key={c._id} className={`adm__button ${c._id === form.categoryId ? '' : 'adm__button--ghost'}`} data-testid='field-category' data-id={c._id} onClick={() => set('categoryId', c._id)}>
              <Text data-product-data>{locale === 'en' && c.nameEn ? c.nameEn : c.name}</Text>
            </View>
          ))}
        </View>
      </View>
      {text('tags', t('admin.product.tags'))}
      {text('material', t('admin.product.material'))}
      {text('origin', t('admin.product.origin'))}
      {text('sizeMm', t('admin.product.sizeMm'), 'digit')}
      {text('weightG', t('admin.product.weightG'), 'digit')}
      {text('certificateNo', t('admin.product.certificateNo'))}
      {form.certificateNo.trim() ? <CertificateFields lab={form.certificateLab} marks={form.certificateMarks} onChange={(patch) => setForm({ ...form, ...patch })} /> : null}

      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.images', { count: form.images.length })}</Text>
        <View className='adm__media'>
          {form.images.map((src, i) => (
            <Image key={src} className='adm__thumb' src={src} mode='aspectFill' data-testid='form-image' onClick={() => set('images', form.images.filter((_, j) => j !== i))} />
          ))}
          {form.images.length < 9 ? (
            <View className='adm__button adm__button--ghost' data-testid='upload-image' onClick={() => void addImages()}>
              <Text>{t('admin.product.uploadImage')}</Text>
            </View>
          ) : null}
        </View>
      </View>
      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.video')}</Text>
        <View className='adm__bar'>
          <Text className='adm__muted'>{form.video || t('admin.product.noVideo')}</Text>
          <View className='adm__button adm__button--ghost' data-testid='upload-video' onClick={() => void addVideo()}>
            <Text>{t('admin.product.uploadVideo')}</Text>
          </View>
          {form.video ? (
            <View className='adm__button adm__button--danger' onClick={() => set('video', '')}>
              <Text>{t('admin.product.removeVideo')}</Text>
            </View>
          ) : null}
        </View>
      </View>
      <View className='adm__field adm__bar'>
        <Text className='adm__label'>{t('admin.product.unique')}</Text>
        <Switch checked={form.unique} data-testid='field-unique' onChange={(e) => set('unique', e.detail.value)} />
      </View>

      <View className='adm__field'>
        <Text className='adm__label'>{t('admin.product.skus')}</Text>
        {form.skus.map((s, i) => (
          <View key={s.skuId ?? `new-${i}`} className='adm__sku' data-testid='form-sku'>
            <Input className='adm__input' data-testid='sku-name' value={s.name} placeholder={t('admin.product.skuName')} onInput={(e) => setSku(i, { name: e.detail.value })} />
            <Input className='adm__input' data-testid='sku-price' type='digit' value={s.price} placeholder={t('admin.product.skuPrice')} onInput={(e) => setSku(i, { price: e.detail.value })} />
            <Input className='adm__input' data-testid='sku-low-stock' type='number' value={s.lowStockAt ?? ''} placeholder={t('productForm.lowStockAt')} onInput={(e) => setSku(i, { lowStockAt: e.detail.value })} />
            <SkuStockCell
              productId={id}
              sku={s}
              onInitialStock={(stock) => setSku(i, { stock })}
              onAdjusted={(p) => {
                // the new stock, and the new version only if nothing else moved the product meanwhile
                const adjusted = p.skus.find((x) => x.skuId === s.skuId)
                setForm((f) => (f ? { ...f, version: versionAfterAdjust(f.version, p.version), skus: f.skus.map((x) => (x.skuId === s.skuId && adjusted ? { ...x, stock: String(adjusted.stock) } : x)) } : f))
                setLedgerRefresh((n) => n + 1)
              }}
            />
            {form.skus.length > 1 ? (
              <View className='adm__button adm__button--danger' onClick={() => set('skus', form.skus.filter((_, j) => j !== i))}>
                <Text>{t('admin.product.skuDelete')}</Text>
              </View>
            ) : null}
          </View>
        ))}
        <View className='adm__button adm__button--ghost' data-testid='add-sku' onClick={() => set('skus', [...form.skus, { name: '', price: '', stock: '0' }])}>
          <Text>{t('admin.product.addSku')}</Text>
        </View>
      </View>
      {id ? <ProductQualityFlag productId={id} /> : null}
      {id ? <StockLedger productId={id} skuNames={Object.fromEntries(form.skus.flatMap((s) => (s.skuId ? [[s.skuId, s.name]] : [])))} refresh={ledgerRefresh} /> : null}

      <View className='adm__footer'>
        <View className='adm__button' data-testid='save-product' onClick={() => (busy ? undefined : void save())}>
          <Text>{busy ? t('admin.working') : t('admin.save')}</Text>
        </View>
      </View>
    </View>
  )
}
