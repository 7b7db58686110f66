import type { SeedCategoryId } from './categories'
import type { Form } from './forms'
import type { MaterialName } from './materials'

/** How a product's SKUs come about. Prices here are whole yuan for readability; the builder makes fen. */
export type SkuPlan =
  /** Bracelet sizes: price at 8 mm, other sizes scale from it. */
  | { kind: 'beads'; priceAt8: number; sizes?: readonly number[] }
  /** Named options, e.g. pendant alone / with chain, or small / large. */
  | { kind: 'options'; options: readonly { name: string; price: number }[] }
  /** A single SKU; for unique pieces it is called 孤品. */
  | { kind: 'single'; price: number }

export interface ProductSpec {
  id: string
  categoryId: SeedCategoryId
  title: string
  subtitle?: string
  material: MaterialName
  origin: string
  form: Form
  sizeMm: number
  weightG: number
  sku: SkuPlan
  /** Product-specific opening paragraph. */
  detail: string
  tags: readonly string[]
  unique?: boolean
  certificate?: boolean
  /** Every SKU at stock 0, to show the sold-out state. */
  soldOut?: boolean
  /** status 'off': the merchant took it down; shoppers must not see it. */
  unlisted?: boolean
  /** How many pictures to draw (2–4). */
  images: 2 | 3 | 4
}

export const PRODUCT_SPECS: readonly ProductSpec[] = [
  // ── 手串 Bracelets ────────────────────────────────────────────────────────────
  {
    id: 'p-amethyst-bracelet-01', categoryId: 'c-bracelets', title: '乌拉圭紫水晶手串', subtitle: '深紫净体 · 多尺寸可选',
    material: '紫水晶', origin: '乌拉圭', form: 'bracelet', sizeMm: 8, weightG: 18, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 189 },
    detail: '选用乌拉圭产深紫色原料，颜色浓郁均匀，珠子圆润光亮，佩戴日常百搭。',
    tags: ['紫水晶', '乌拉圭', '手串', '送礼'],
  },
  {
    id: 'p-clear-quartz-bracelet-01', categoryId: 'c-bracelets', title: '巴西白水晶手串', subtitle: '通透清爽 · 入门之选',
    material: '白水晶', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 17, images: 3,
    sku: { kind: 'beads', priceAt8: 99 },
    detail: '巴西白水晶，净度较高，少量天然冰裂。颜色中性，适合与其他手串叠戴。',
    tags: ['白水晶', '巴西', '手串', '百搭'],
  },
  {
    id: 'p-citrine-bracelet-01', categoryId: 'c-bracelets', title: '巴西黄水晶手串', subtitle: '柠檬黄 · 天然原色',
    material: '黄水晶', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 18, images: 3, certificate: true,
    sku: { kind: 'beads', priceAt8: 229 },
    detail: '柠檬黄色调，透明度好，每串珠子颜色经过挑选，整体一致。',
    tags: ['黄水晶', '巴西', '手串'],
  },
  {
    id: 'p-rose-quartz-bracelet-01', categoryId: 'c-bracelets', title: '马达加斯加粉水晶手串', subtitle: '芙蓉石 · 温柔粉调',
    material: '粉水晶', origin: '马达加斯加', form: 'bracelet', sizeMm: 8, weightG: 17, images: 3,
    sku: { kind: 'beads', priceAt8: 129 },
    detail: '马达加斯加粉晶颜色粉嫩，半透明质感，少女感十足，是店里最受欢迎的手串之一。',
    tags: ['粉水晶', '芙蓉石', '马达加斯加', '手串', '送礼'],
  },
  {
    id: 'p-aquamarine-bracelet-01', categoryId: 'c-bracelets', title: '冰透海蓝宝手串', subtitle: '海水蓝 · 高净度',
    material: '海蓝宝', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 19, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 680, sizes: [6, 8, 10] },
    detail: '冰透海蓝宝，浅海水色，净度高，光下通透。海蓝宝原料稀少，10mm 以上尺寸产量很低。',
    tags: ['海蓝宝', '巴西', '手串', '三月生辰石'],
  },
  {
    id: 'p-tourmaline-bracelet-01', categoryId: 'c-bracelets', title: '巴西彩色碧玺手串', subtitle: '糖果色 · 多彩渐变',
    material: '碧玺', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 20, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 1280, sizes: [6, 8, 10] },
    detail: '粉、绿、黄、蓝多色碧玺混搭，颜色搭配由师傅手工排珠，每一串的顺序都略有不同。',
    tags: ['碧玺', '巴西', '手串', '多彩'],
  },
  {
    id: 'p-moonstone-bracelet-01', categoryId: 'c-bracelets', title: '斯里兰卡蓝光月光石手串', subtitle: '蓝光明显 · 斯里兰卡料',
    material: '月光石', origin: '斯里兰卡', form: 'bracelet', sizeMm: 8, weightG: 17, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 560, sizes: [6, 8, 10] },
    detail: '斯里兰卡月光石，转动手腕时可见漂浮的蓝色光晕，底色白净。',
    tags: ['月光石', '斯里兰卡', '手串', '蓝光'],
  },
  {
    id: 'p-labradorite-bracelet-01', categoryId: 'c-bracelets', title: '马达加斯加拉长石手串', subtitle: '灰底蓝闪',
    material: '拉长石', origin: '马达加斯加', form: 'bracelet', sizeMm: 8, weightG: 19, images: 3,
    sku: { kind: 'beads', priceAt8: 159 },
    detail: '灰色底子上闪蓝色晕彩，角度不同颜色不同，适合喜欢低调设计感的朋友。',
    tags: ['拉长石', '马达加斯加', '手串', '男士'],
  },
  {
    id: 'p-obsidian-bracelet-01', categoryId: 'c-bracelets', title: '墨西哥彩虹黑曜石手串', subtitle: '光下彩虹眼',
    material: '黑曜石', origin: '墨西哥', form: 'bracelet', sizeMm: 10, weightG: 24, images: 3,
    sku: { kind: 'beads', priceAt8: 79 },
    detail: '墨西哥彩虹黑曜石，自然光下黑色，强光下可见一圈圈彩虹光带。',
    tags: ['黑曜石', '墨西哥', '手串', '男士'],
  },
  {
    id: 'p-smoky-quartz-bracelet-01', categoryId: 'c-bracelets', title: '巴西茶晶手串', subtitle: '浅茶色 · 沉稳耐看',
    material: '茶晶', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 18, images: 2,
    sku: { kind: 'beads', priceAt8: 119 },
    detail: '浅茶色茶晶，透明度高，颜色沉稳，日常通勤佩戴不张扬。',
    tags: ['茶晶', '烟晶', '巴西', '手串'],
  },
  {
    id: 'p-green-phantom-bracelet-01', categoryId: 'c-bracelets', title: '巴西绿幽灵千层手串', subtitle: '千层幻影 · 包裹体清晰',
    material: '绿幽灵', origin: '巴西', form: 'bracelet', sizeMm: 10, weightG: 26, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 399, sizes: [8, 10, 12] },
    detail: '每颗珠子内都能看到层层绿色幻影，层次越多越难得，这一批千层效果明显。',
    tags: ['绿幽灵', '巴西', '手串', '千层'],
  },
  {
    id: 'p-strawberry-quartz-bracelet-01', categoryId: 'c-bracelets', title: '草莓晶手串', subtitle: '红点密集 · 已售罄',
    material: '草莓晶', origin: '巴西', form: 'bracelet', sizeMm: 8, weightG: 18, images: 3, soldOut: true,
    sku: { kind: 'beads', priceAt8: 169 },
    detail: '草莓晶红点密集均匀，颜色鲜亮。这一批已全部售出，补货时间请咨询客服。',
    tags: ['草莓晶', '巴西', '手串'],
  },
  {
    id: 'p-rutilated-quartz-bracelet-01', categoryId: 'c-bracelets', title: '巴西金发晶手串', subtitle: '发丝顺直 · 金色闪耀',
    material: '金发晶', origin: '巴西', form: 'bracelet', sizeMm: 10, weightG: 25, images: 4, certificate: true,
    sku: { kind: 'beads', priceAt8: 880, sizes: [8, 10, 12] },
    detail: '发丝金黄顺直、分布均匀，底子干净。金发晶的发丝越密越贵，这一款属于中高品。',
    tags: ['金发晶', '巴西', '手串', '收藏级'],
  },
  {
    id: 'p-fluorite-bracelet-01', categoryId: 'c-bracelets', title: '湖南彩虹萤石手串', subtitle: '紫绿渐变',
    material: '萤石', origin: '中国湖南', form: 'bracelet', sizeMm: 8, weightG: 22, images: 2,
    sku: { kind: 'beads', priceAt8: 89 },
    detail: '湖南产彩虹萤石，紫绿相间，每颗珠子的色带走向不同。萤石较软，请避免与硬物碰撞。',
    tags: ['萤石', '中国湖南', '手串', '国产'],
  },
  // ── 吊坠 Pendants ─────────────────────────────────────────────────────────────
  {
    id: 'p-amethyst-pendant-01', categoryId: 'c-pendants', title: '紫水晶水滴吊坠', subtitle: 'S925 银镶 · 可配链',
    material: '紫水晶', origin: '巴西', form: 'pendant', sizeMm: 18, weightG: 4, images: 3,
    sku: { kind: 'options', options: [{ name: '单吊坠', price: 168 }, { name: '吊坠+45cm银链', price: 228 }] },
    detail: '水滴形刻面切工，火彩明亮，尺寸小巧，适合日常佩戴。',
    tags: ['紫水晶', '巴西', '吊坠', 'S925'],
  },
  {
    id: 'p-aquamarine-pendant-01', categoryId: 'c-pendants', title: '海蓝宝刻面吊坠', subtitle: '椭圆刻面 · 清透海水蓝',
    material: '海蓝宝', origin: '马达加斯加', form: 'pendant', sizeMm: 14, weightG: 3, images: 4, certificate: true,
    sku: { kind: 'options', options: [{ name: '单吊坠', price: 1280 }, { name: '吊坠+45cm银链', price: 1360 }] },
    detail: '马达加斯加海蓝宝，椭圆刻面，颜色偏浓的海水蓝，肉眼干净。',
    tags: ['海蓝宝', '马达加斯加', '吊坠', '三月生辰石'],
  },
  {
    id: 'p-moonstone-pendant-01', categoryId: 'c-pendants', title: '斯里兰卡月光石吊坠', subtitle: '素面 · 蓝光游走',
    material: '月光石', origin: '斯里兰卡', form: 'pendant', sizeMm: 12, weightG: 3, images: 3, certificate: true,
    sku: { kind: 'single', price: 680 },
    detail: '素面蛋形切工最能体现月光效应，转动时蓝光在表面游走。',
    tags: ['月光石', '斯里兰卡', '吊坠', '蓝光'],
  },
  {
    id: 'p-tourmaline-pendant-01', categoryId: 'c-pendants', title: '西瓜碧玺切片吊坠（孤品）', subtitle: '红心绿皮 · 仅此一件',
    material: '碧玺', origin: '巴西', form: 'pendant', sizeMm: 22, weightG: 6, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 1680 },
    detail: '横切碧玺晶体得到的切片，中心粉红、外圈翠绿，色带分明，保留天然三角形晶体轮廓。',
    tags: ['碧玺', '西瓜碧玺', '巴西', '吊坠', '孤品'],
  },
  {
    id: 'p-rose-quartz-pendant-01', categoryId: 'c-pendants', title: '粉水晶心形吊坠', subtitle: '小巧可爱',
    material: '粉水晶', origin: '马达加斯加', form: 'pendant', sizeMm: 16, weightG: 4, images: 2,
    sku: { kind: 'options', options: [{ name: '单吊坠', price: 99 }, { name: '吊坠+45cm银链', price: 149 }] },
    detail: '心形粉水晶，抛光圆润，颜色均匀，送礼自用都合适。',
    tags: ['粉水晶', '马达加斯加', '吊坠', '送礼'],
  },
  {
    id: 'p-clear-quartz-pendant-01', categoryId: 'c-pendants', title: '白水晶六棱柱吊坠', subtitle: '简约几何',
    material: '白水晶', origin: '巴西', form: 'pendant', sizeMm: 25, weightG: 5, images: 2,
    sku: { kind: 'single', price: 69 },
    detail: '六棱单尖造型，线条利落，皮绳与银链均可搭配。',
    tags: ['白水晶', '巴西', '吊坠', '简约'],
  },
  {
    id: 'p-labradorite-pendant-01', categoryId: 'c-pendants', title: '芬兰光谱石吊坠', subtitle: '拉长石 · 全色晕彩',
    material: '拉长石', origin: '芬兰', form: 'pendant', sizeMm: 20, weightG: 5, images: 3, certificate: true,
    sku: { kind: 'single', price: 458 },
    detail: '芬兰产拉长石又称光谱石，晕彩颜色比普通拉长石更丰富，蓝、橙、紫均可见。',
    tags: ['拉长石', '光谱石', '芬兰', '吊坠'],
  },
  // ── 晶簇 Clusters & geodes ────────────────────────────────────────────────────
  {
    id: 'p-amethyst-cluster-01', categoryId: 'c-clusters', title: '乌拉圭紫晶簇（孤品）', subtitle: '深紫晶牙 · 仅此一件',
    material: '紫水晶', origin: '乌拉圭', form: 'cluster', sizeMm: 220, weightG: 2350, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 3680 },
    detail: '乌拉圭产深紫晶簇，晶牙短而密，颜色浓郁，品相完整无损。',
    tags: ['紫水晶', '乌拉圭', '晶簇', '孤品'],
  },
  {
    id: 'p-amethyst-cluster-02', categoryId: 'c-clusters', title: '巴西紫晶簇 桌面款', subtitle: '三种大小可选',
    material: '紫水晶', origin: '巴西', form: 'cluster', sizeMm: 90, weightG: 320, images: 3,
    sku: { kind: 'options', options: [{ name: '小号 约300g', price: 168 }, { name: '中号 约600g', price: 298 }, { name: '大号 约1kg', price: 468 }] },
    detail: '巴西紫晶簇，晶尖较长，颜色偏浅紫。按大小分档，每档挑选形态相近的晶簇，可联系客服看实物视频。',
    tags: ['紫水晶', '巴西', '晶簇', '桌面'],
  },
  {
    id: 'p-clear-quartz-cluster-01', categoryId: 'c-clusters', title: '巴西白水晶簇（孤品）', subtitle: '长晶尖 · 通透',
    material: '白水晶', origin: '巴西', form: 'cluster', sizeMm: 180, weightG: 1420, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 1280 },
    detail: '晶尖修长通透，多个方向放射生长，正面观赏性很强。',
    tags: ['白水晶', '巴西', '晶簇', '孤品'],
  },
  {
    id: 'p-clear-quartz-cluster-02', categoryId: 'c-clusters', title: '东海白水晶簇 小号', subtitle: '国产东海料',
    material: '白水晶', origin: '中国东海', form: 'cluster', sizeMm: 70, weightG: 180, images: 2,
    sku: { kind: 'options', options: [{ name: '约150g', price: 99 }, { name: '约300g', price: 199 }] },
    detail: '江苏东海是国内著名的水晶产地，这批小晶簇适合放在书桌、床头。',
    tags: ['白水晶', '中国东海', '晶簇', '国产'],
  },
  {
    id: 'p-smoky-quartz-cluster-01', categoryId: 'c-clusters', title: '巴西茶晶簇（孤品）', subtitle: '已售出',
    material: '茶晶', origin: '巴西', form: 'cluster', sizeMm: 160, weightG: 980, images: 3, unique: true, soldOut: true,
    sku: { kind: 'single', price: 1180 },
    detail: '茶色晶簇，颜色由浅到深自然过渡，已被藏家收藏，页面保留供参考。',
    tags: ['茶晶', '巴西', '晶簇', '孤品'],
  },
  {
    id: 'p-fluorite-cluster-01', categoryId: 'c-clusters', title: '湖南立方萤石晶簇（孤品）', subtitle: '紫色立方晶体 · 矿物标本',
    material: '萤石', origin: '中国湖南', form: 'cluster', sizeMm: 130, weightG: 860, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 2280 },
    detail: '湖南产萤石标本，立方体晶形完整，紫色边缘带绿色色带，是典型的国产矿物标本。',
    tags: ['萤石', '中国湖南', '晶簇', '矿物标本', '孤品'],
  },
  {
    id: 'p-amethyst-geode-01', categoryId: 'c-clusters', title: '乌拉圭紫晶洞 大号（孤品）', subtitle: '高 45cm · 镇店之宝',
    material: '紫水晶', origin: '乌拉圭', form: 'geode', sizeMm: 450, weightG: 18500, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 8800 },
    detail: '整洞开口，内壁晶牙深紫密集，配金属底座。体积大，同城可送货上门，异地走物流托运。',
    tags: ['紫水晶', '乌拉圭', '紫晶洞', '孤品', '大件'],
  },
  // ── 原石摆件 Display stones ───────────────────────────────────────────────────
  {
    id: 'p-rose-quartz-raw-01', categoryId: 'c-display', title: '马达加斯加粉水晶原石摆件', subtitle: '块状原石 · 两档可选',
    material: '粉水晶', origin: '马达加斯加', form: 'raw', sizeMm: 110, weightG: 520, images: 3,
    sku: { kind: 'options', options: [{ name: '约500g', price: 139 }, { name: '约1kg', price: 249 }] },
    detail: '粉水晶原石块，保留天然断口，颜色粉嫩。每档按重量挑选，可联系客服看实物。',
    tags: ['粉水晶', '马达加斯加', '原石', '摆件'],
  },
  {
    id: 'p-clear-quartz-sphere-01', categoryId: 'c-display', title: '白水晶球', subtitle: '附实木底座',
    material: '白水晶', origin: '巴西', form: 'sphere', sizeMm: 60, weightG: 300, images: 3,
    sku: { kind: 'options', options: [{ name: '直径 50mm', price: 158 }, { name: '直径 60mm', price: 268 }, { name: '直径 80mm', price: 598 }] },
    detail: '白水晶整料磨制，内部带少量天然冰裂，灯光下会折射出彩虹光。',
    tags: ['白水晶', '巴西', '水晶球', '摆件'],
  },
  {
    id: 'p-labradorite-slab-01', categoryId: 'c-display', title: '马达加斯加拉长石摆件（孤品）', subtitle: '整面蓝金晕彩',
    material: '拉长石', origin: '马达加斯加', form: 'raw', sizeMm: 160, weightG: 1150, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 1580 },
    detail: '正面抛光、背面保留原石，整面都有蓝金色晕彩，附木质托架。',
    tags: ['拉长石', '马达加斯加', '摆件', '孤品'],
  },
  {
    id: 'p-obsidian-sphere-01', categoryId: 'c-display', title: '墨西哥金曜石球', subtitle: '金色光带',
    material: '黑曜石', origin: '墨西哥', form: 'sphere', sizeMm: 60, weightG: 250, images: 2,
    sku: { kind: 'options', options: [{ name: '直径 50mm', price: 128 }, { name: '直径 80mm', price: 368 }] },
    detail: '墨西哥金曜石，球面在光下呈现金色光带，是黑曜石中较少见的品种。',
    tags: ['黑曜石', '金曜石', '墨西哥', '水晶球'],
  },
  {
    id: 'p-amethyst-raw-01', categoryId: 'c-display', title: '乌拉圭紫水晶原石块', subtitle: '暂时下架整理中',
    material: '紫水晶', origin: '乌拉圭', form: 'raw', sizeMm: 80, weightG: 300, images: 2, unlisted: true,
    sku: { kind: 'options', options: [{ name: '约300g', price: 119 }, { name: '约600g', price: 209 }] },
    detail: '乌拉圭紫水晶原石块，颜色深，整理拍照中，暂未上架。',
    tags: ['紫水晶', '乌拉圭', '原石'],
  },
  {
    id: 'p-smoky-quartz-raw-01', categoryId: 'c-display', title: '巴西茶晶原石摆件', subtitle: '天然晶面',
    material: '茶晶', origin: '巴西', form: 'raw', sizeMm: 120, weightG: 700, images: 3,
    sku: { kind: 'single', price: 359 },
    detail: '茶晶原石保留天然晶面，颜色浓淡过渡自然，摆放在书架上很有质感。',
    tags: ['茶晶', '巴西', '原石', '摆件'],
  },
  // ── 晶柱 Points & towers ──────────────────────────────────────────────────────
  {
    id: 'p-clear-quartz-point-01', categoryId: 'c-points', title: '白水晶单尖柱', subtitle: '高 6 / 9 / 12 cm',
    material: '白水晶', origin: '巴西', form: 'point', sizeMm: 90, weightG: 160, images: 3,
    sku: { kind: 'options', options: [{ name: '高约6cm', price: 59 }, { name: '高约9cm', price: 109 }, { name: '高约12cm', price: 199 }] },
    detail: '六棱单尖，柱体通透，底面磨平可稳定立放。',
    tags: ['白水晶', '巴西', '晶柱', '单尖'],
  },
  {
    id: 'p-amethyst-point-01', categoryId: 'c-points', title: '紫水晶六棱柱', subtitle: '深紫色',
    material: '紫水晶', origin: '乌拉圭', form: 'point', sizeMm: 100, weightG: 210, images: 3,
    sku: { kind: 'options', options: [{ name: '高约8cm', price: 139 }, { name: '高约11cm', price: 239 }] },
    detail: '深紫色六棱柱，颜色从底部到尖端逐渐加深。',
    tags: ['紫水晶', '乌拉圭', '晶柱'],
  },
  {
    id: 'p-fluorite-tower-01', categoryId: 'c-points', title: '彩虹萤石柱', subtitle: '紫绿蓝分层',
    material: '萤石', origin: '中国湖南', form: 'point', sizeMm: 110, weightG: 280, images: 3,
    sku: { kind: 'options', options: [{ name: '高约8cm', price: 98 }, { name: '高约12cm', price: 188 }] },
    detail: '萤石柱色带清晰，紫、绿、蓝层层叠加，透光观赏效果最好。',
    tags: ['萤石', '中国湖南', '晶柱', '彩虹'],
  },
  {
    id: 'p-rose-quartz-tower-01', categoryId: 'c-points', title: '粉水晶柱', subtitle: '柔粉色 · 已售罄',
    material: '粉水晶', origin: '马达加斯加', form: 'point', sizeMm: 95, weightG: 190, images: 2, soldOut: true,
    sku: { kind: 'options', options: [{ name: '高约8cm', price: 119 }, { name: '高约11cm', price: 199 }] },
    detail: '粉水晶柱颜色均匀，半透明，整批已售罄，正在等待下一批原料。',
    tags: ['粉水晶', '马达加斯加', '晶柱'],
  },
  {
    id: 'p-green-phantom-point-01', categoryId: 'c-points', title: '绿幽灵金字塔单尖（孤品）', subtitle: '多层幻影',
    material: '绿幽灵', origin: '巴西', form: 'point', sizeMm: 130, weightG: 420, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 2680 },
    detail: '柱体内可见七层以上的金字塔形绿色幻影，层次清晰，是绿幽灵中的精品。',
    tags: ['绿幽灵', '巴西', '晶柱', '金字塔', '孤品'],
  },
  {
    id: 'p-smoky-quartz-point-01', categoryId: 'c-points', title: '茶晶双尖柱', subtitle: '两端天然尖',
    material: '茶晶', origin: '巴西', form: 'point', sizeMm: 85, weightG: 120, images: 2,
    sku: { kind: 'single', price: 149 },
    detail: '两端都有晶尖的双尖水晶较为少见，这一支颜色为中等茶色。',
    tags: ['茶晶', '巴西', '晶柱', '双尖'],
  },
  // ── 文玩 Scholar's collectibles ───────────────────────────────────────────────
  {
    id: 'p-fluorite-seal-01', categoryId: 'c-wenwan', title: '萤石素章', subtitle: '方章 · 圆章',
    material: '萤石', origin: '中国湖南', form: 'seal', sizeMm: 60, weightG: 85, images: 3,
    sku: { kind: 'options', options: [{ name: '方章 2×2×6cm', price: 128 }, { name: '圆章 直径2×6cm', price: 118 }] },
    detail: '萤石硬度适中，易于奏刀，色带通透，是入门篆刻的好材料。',
    tags: ['萤石', '印章', '篆刻', '文房'],
  },
  {
    id: 'p-obsidian-paperweight-01', categoryId: 'c-wenwan', title: '黑曜石镇纸一对', subtitle: '书法练习必备',
    material: '黑曜石', origin: '墨西哥', form: 'paperweight', sizeMm: 200, weightG: 640, images: 3,
    sku: { kind: 'single', price: 199 },
    detail: '黑曜石长条镇纸，分量足，表面抛光如镜，边角倒圆不伤纸。',
    tags: ['黑曜石', '墨西哥', '镇纸', '文房'],
  },
  {
    id: 'p-clear-quartz-brush-rest-01', categoryId: 'c-wenwan', title: '东海白水晶笔架山（孤品）', subtitle: '三峰 · 老料',
    material: '白水晶', origin: '中国东海', form: 'brushRest', sizeMm: 150, weightG: 560, images: 4, certificate: true, unique: true,
    sku: { kind: 'single', price: 1880 },
    detail: '东海老料白水晶，依原石形态磨成三峰笔架，主峰居中，两侧峰高低呼应。',
    tags: ['白水晶', '中国东海', '笔架', '文房', '孤品'],
  },
  {
    id: 'p-clear-quartz-palm-stone-01', categoryId: 'c-wenwan', title: '白水晶掌心石', subtitle: '小巧把玩',
    material: '白水晶', origin: '巴西', form: 'palm', sizeMm: 45, weightG: 40, images: 2,
    sku: { kind: 'options', options: [{ name: '小号 约40g', price: 39 }, { name: '大号 约70g', price: 59 }] },
    detail: '卵形掌心石，打磨圆润，放在口袋里随手把玩。',
    tags: ['白水晶', '巴西', '掌心石', '把件'],
  },
  {
    id: 'p-labradorite-palm-stone-01', categoryId: 'c-wenwan', title: '拉长石掌心石', subtitle: '蓝闪明显',
    material: '拉长石', origin: '马达加斯加', form: 'palm', sizeMm: 60, weightG: 75, images: 3,
    sku: { kind: 'options', options: [{ name: '约60g', price: 69 }, { name: '约100g', price: 109 }] },
    detail: '两面抛光，至少一面有明显蓝色晕彩，转动观赏很有趣。',
    tags: ['拉长石', '马达加斯加', '掌心石', '把件'],
  },
  {
    id: 'p-amethyst-gourd-01', categoryId: 'c-wenwan', title: '紫水晶葫芦把件', subtitle: '手工雕刻',
    material: '紫水晶', origin: '巴西', form: 'gourd', sizeMm: 55, weightG: 60, images: 3,
    sku: { kind: 'single', price: 268 },
    detail: '整料雕刻的小葫芦，线条饱满，顶部可穿绳做挂件。',
    tags: ['紫水晶', '巴西', '葫芦', '把件', '雕刻'],
  },
  {
    id: 'p-citrine-seal-01', categoryId: 'c-wenwan', title: '黄水晶闲章', subtitle: '随形章',
    material: '黄水晶', origin: '巴西', form: 'seal', sizeMm: 50, weightG: 55, images: 2,
    sku: { kind: 'single', price: 188 },
    detail: '随形黄水晶小章，保留部分天然外形。水晶硬度高，需由擅长硬石的篆刻师刻制。',
    tags: ['黄水晶', '巴西', '印章', '文房'],
  },
]
