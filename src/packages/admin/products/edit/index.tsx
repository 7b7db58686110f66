import Taro, { useRouter } from '@tarojs/taro'
import { Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Category } from '@cloud/contracts/catalog'
import { callAction } from '../../../../api'
import { uploadMedia } from '../../../../api/upload'
import { LoadingSkeleton } from '../../../../components'
import type { ClientError } from '../../../../api/result'
import { AdminFailure } from '../_shared/staff-gate'
import { draftFromForm, emptyForm, formFromProduct, saveFailureText, type ProductForm, type SkuForm } from './product-form'
import '../_shared/admin.scss'

/** Create or edit a product: text, category, attributes, images and video, SKUs with price and stock. */
export default function AdminProductEditPage() {
  const id = useRouter().params.id
  const [form, setForm] = useState<ProductForm | null>(id ? null : emptyForm())
  const [categories, setCategories] = useState<Category[]>([])
  const [failure, setFailure] = useState<ClientError | null>(null)
  const [busy, setBusy] = useState(false)

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
      if (!String(err).includes('cancel')) void Taro.showToast({ title: `上传失败 ${String(err)}`, icon: 'none' })
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
      if (!String(err).includes('cancel')) void Taro.showToast({ title: `上传失败 ${String(err)}`, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const save = async () => {
    const built = draftFromForm(form)
    if (!built.ok) return void Taro.showToast({ title: built.problem, icon: 'none' })
    setBusy(true)
    const r = await callAction('admin', 'products.save', { id, draft: built.draft })
    setBusy(false)
    if (!r.ok) return void Taro.showModal({ title: '保存失败 / not saved', content: saveFailureText(r.error), showCancel: false })
    void Taro.showToast({ title: '已保存', icon: 'success' })
    setTimeout(() => void Taro.navigateBack().catch(() => {}), 600)
  }

  return (
    <View className='adm' data-testid='admin-product-edit'>
      {text('title', '标题 / Title')}
      {text('subtitle', '副标题 / Subtitle')}
      <View className='adm__field'>
        <Text className='adm__label'>描述 / Description</Text>
        <Textarea className='adm__textarea' data-testid='field-description' value={form.description} maxlength={5000} onInput={(e) => set('description', e.detail.value)} />
      </View>
      <View className='adm__field'>
        <Text className='adm__label'>分类 / Category</Text>
        <View className='adm__bar'>
          {categories.map((c) => (
            <View key={c._id} className={`adm__button ${c._id === form.categoryId ? '' : 'adm__button--ghost'}`} data-testid='field-category' data-id={c._id} onClick={() => set('categoryId', c._id)}>
              <Text>{c.name}</Text>
            </View>
          ))}
        </View>
      </View>
      {text('tags', '标签（逗号分隔）/ Tags')}
      {text('material', '材质 / Material')}
      {text('origin', '产地 / Origin')}
      {text('sizeMm', '尺寸 mm / Size', 'digit')}
      {text('weightG', '重量 g / Weight', 'digit')}
      {text('certificateNo', '证书编号 / Certificate no.')}

      <View className='adm__field'>
        <Text className='adm__label'>图片 / Images ({form.images.length}/9)</Text>
        <View className='adm__media'>
          {form.images.map((src, i) => (
            <Image key={src} className='adm__thumb' src={src} mode='aspectFill' data-testid='form-image' onClick={() => set('images', form.images.filter((_, j) => j !== i))} />
          ))}
          {form.images.length < 9 ? (
            <View className='adm__button adm__button--ghost' data-testid='upload-image' onClick={() => void addImages()}>
              <Text>+ 上传图片</Text>
            </View>
          ) : null}
        </View>
      </View>
      <View className='adm__field'>
        <Text className='adm__label'>视频 / Video</Text>
        <View className='adm__bar'>
          <Text className='adm__muted'>{form.video || '无 / none'}</Text>
          <View className='adm__button adm__button--ghost' data-testid='upload-video' onClick={() => void addVideo()}>
            <Text>上传视频</Text>
          </View>
          {form.video ? (
            <View className='adm__button adm__button--danger' onClick={() => set('video', '')}>
              <Text>移除</Text>
            </View>
          ) : null}
        </View>
      </View>
      <View className='adm__field adm__bar'>
        <Text className='adm__label'>孤品 / One of a kind</Text>
        <Switch checked={form.unique} data-testid='field-unique' onChange={(e) => set('unique', e.detail.value)} />
      </View>

      <View className='adm__field'>
        <Text className='adm__label'>规格 / SKUs（名称 · 价格元 · 库存）</Text>
        {form.skus.map((s, i) => (
          <View key={s.skuId ?? `new-${i}`} className='adm__sku' data-testid='form-sku'>
            <Input className='adm__input' data-testid='sku-name' value={s.name} placeholder='名称' onInput={(e) => setSku(i, { name: e.detail.value })} />
            <Input className='adm__input' data-testid='sku-price' type='digit' value={s.price} placeholder='价格' onInput={(e) => setSku(i, { price: e.detail.value })} />
            <Input className='adm__input' data-testid='sku-stock' type='number' value={s.stock} placeholder='库存' onInput={(e) => setSku(i, { stock: e.detail.value })} />
            {form.skus.length > 1 ? (
              <View className='adm__button adm__button--danger' onClick={() => set('skus', form.skus.filter((_, j) => j !== i))}>
                <Text>删</Text>
              </View>
            ) : null}
          </View>
        ))}
        <View className='adm__button adm__button--ghost' data-testid='add-sku' onClick={() => set('skus', [...form.skus, { name: '', price: '', stock: '0' }])}>
          <Text>+ 添加规格</Text>
        </View>
      </View>

      <View className='adm__footer'>
        <View className='adm__button' data-testid='save-product' onClick={() => (busy ? undefined : void save())}>
          <Text>{busy ? '处理中…' : '保存 / Save'}</Text>
        </View>
      </View>
    </View>
  )
}
