/**
 * The material cards a new shop starts with (the merchant edits them under 材质寓意). Meanings are the
 * associations these stones carry in Chinese and Western culture, told as culture: no card promises an
 * effect, and every card passes the listing guard (tests/unit/crystal/materials.test.ts). Mohs hardness
 * and care notes are the common gemmological ones (quartz 7, fluorite 4, …).
 */
import type { MaterialDraft } from '../../contracts/crystal'

type Card = Required<Pick<MaterialDraft, 'name' | 'aliases' | 'meanings' | 'culture' | 'mohs' | 'care'>>

const SUN = '避免长时间暴晒或放在强光下，颜色可能变浅'
const SALT = '游泳、泡温泉、洗澡前取下，避免接触海水、汗液和化妆品'
const KNOCK = '单独存放，避免与更硬的宝石或金属碰撞刮擦'
const WIPE = '用清水或软布轻拭，晾干后收起，不用超声波清洗'
const HEAT = '避免骤冷骤热（如从空调房直接到烈日下）'

export const DEFAULT_MATERIALS: readonly Card[] = [
  { name: '紫水晶', aliases: ['紫晶'], meanings: ['安神', '智慧', '高雅'], culture: '紫色在中国传统里与“紫气东来”的祥瑞相联系，西方把紫水晶当作二月生辰石。人们常以它寓意沉静与智慧。', mohs: '7', care: [`${SUN}（紫水晶见光久了会褪色）`, SALT, WIPE] },
  { name: '白水晶', aliases: ['水晶', '白晶'], meanings: ['纯净', '专注'], culture: '古称“水精”，文人以其清澈比喻品格高洁，常作书房陈设。', mohs: '7', care: [WIPE, KNOCK] },
  { name: '黄水晶', aliases: ['黄晶'], meanings: ['招财', '丰收'], culture: '黄色在中国传统文化中象征丰收与富足，民间常以黄水晶寓意招财纳福。', mohs: '7', care: [SUN, SALT, WIPE] },
  { name: '粉水晶', aliases: ['粉晶', '芙蓉石'], meanings: ['爱情', '温柔', '人缘'], culture: '粉水晶又称芙蓉石，柔和的粉色在花语式的表达里寓意温柔与爱意，常作情侣之间的礼物。', mohs: '7', care: [`${SUN}（粉晶易褪色）`, SALT, WIPE] },
  { name: '茶晶', aliases: ['烟晶', '墨晶'], meanings: ['稳重', '踏实'], culture: '茶色沉稳内敛，古人用墨晶磨制眼镜片；今人多以它寓意稳重踏实。', mohs: '7', care: [SUN, WIPE] },
  { name: '绿幽灵', aliases: ['绿幽灵水晶'], meanings: ['招财', '事业'], culture: '水晶生长中包裹的绿色矿物形成“幻影”层，形似金字塔，民间寓意事业步步高升、招财进宝。', mohs: '7', care: [WIPE, KNOCK] },
  { name: '草莓晶', aliases: [], meanings: ['爱情', '活力'], culture: '石英中包裹的红色针状或片状矿物点点如草莓籽，以娇俏的外观寓意甜蜜与活力。', mohs: '7', care: [SALT, WIPE] },
  { name: '金发晶', aliases: ['钛晶'], meanings: ['招财', '勇气'], culture: '石英中包裹的金色金红石针如发丝，金色寓意富贵，民间称其招财、有魄力。', mohs: '7', care: [KNOCK, WIPE] },
  { name: '海蓝宝', aliases: ['海蓝宝石'], meanings: ['平安', '勇气'], culture: '绿柱石家族的蓝色品种，名字来自拉丁文“海水”。欧洲水手的传说里它护佑航海平安，是三月生辰石。', mohs: '7.5–8', care: [SUN, KNOCK, WIPE] },
  { name: '碧玺', aliases: ['电气石'], meanings: ['好运', '多彩'], culture: '碧玺颜色极其丰富，清代宫廷饰品中多见。同一晶体粉绿双色者称“西瓜碧玺”，寓意好运连连。', mohs: '7–7.5', care: [HEAT, KNOCK, WIPE] },
  { name: '月光石', aliases: [], meanings: ['温柔', '爱情'], culture: '转动时浮现的柔和蓝光称“月光效应”。印度传说中月光石与月亮相连，常作为爱情的信物，是六月生辰石。', mohs: '6–6.5', care: [KNOCK, SALT, '硬度较低且有解理，避免磕碰'] },
  { name: '拉长石', aliases: ['光谱石'], meanings: ['灵感', '神秘'], culture: '特定角度闪现蓝、绿、金色晕彩，以加拿大拉布拉多地区得名。因斑斓光彩被赋予灵感与神秘的寓意。', mohs: '6–6.5', care: [KNOCK, WIPE] },
  { name: '黑曜石', aliases: ['黑耀石'], meanings: ['辟邪', '守护'], culture: '火山熔岩快速冷却形成的天然玻璃，古代美洲人用它制作镜子与刀具；民间常作守护、辟邪的寓意。', mohs: '5–5.5', care: [KNOCK, '质地较脆，避免摔落', WIPE] },
  { name: '萤石', aliases: ['氟石'], meanings: ['专注', '清醒'], culture: '萤石在紫外光下常会发出荧光，色带层层分明，常被用来寓意思路清晰、专注。', mohs: '4', care: ['硬度低、易碎裂，轻拿轻放，避免与其他饰品混放', SUN, '不要用热水或清洁剂浸泡'] },
  { name: '石榴石', aliases: ['紫牙乌'], meanings: ['爱情', '热情', '多子多福'], culture: '深红的颗粒如石榴籽，中国传统以石榴寓意多子多福；西方把石榴石作为一月生辰石。', mohs: '6.5–7.5', care: [KNOCK, WIPE] },
  { name: '青金石', aliases: [], meanings: ['尊贵', '智慧'], culture: '深蓝中带金色黄铁矿星点，古代用作佛教“七宝”之一，也是天青色颜料的来源，寓意尊贵。', mohs: '5–5.5', care: [SALT, '避免接触酸、碱和清洁剂', KNOCK] },
  { name: '虎眼石', aliases: ['虎睛石'], meanings: ['勇气', '自信'], culture: '纤维状结构在光下呈现移动的光带如虎目，寓意勇敢与自信。', mohs: '6.5–7', care: [KNOCK, WIPE] },
  { name: '玛瑙', aliases: ['缠丝玛瑙'], meanings: ['平安', '祥和'], culture: '玛瑙层层纹理天然形成，是佛教“七宝”之一，民间以“玛瑙”寓意平安祥和。', mohs: '6.5–7', care: [KNOCK, WIPE] },
  { name: '南红', aliases: ['南红玛瑙'], meanings: ['喜庆', '吉祥'], culture: '产于云南、四川等地的红色玛瑙，红色在中国传统中寓意喜庆吉祥，清代已见于宫廷与藏地饰物。', mohs: '6.5–7', care: [KNOCK, SALT, WIPE] },
  { name: '绿松石', aliases: ['松石'], meanings: ['吉祥', '友谊'], culture: '绿松石是有数千年佩戴史的古老宝石，藏族视其为吉祥之物，西方把它作为十二月生辰石。', mohs: '5–6', care: ['多孔易吸色，避免接触油脂、汗液、香水与化妆品', SALT, SUN] },
  { name: '和田玉', aliases: ['软玉'], meanings: ['君子', '温润'], culture: '“君子比德于玉”，和田玉温润的质地在中国传统中寓意君子品格，是传承最久的玉石之一。', mohs: '6–6.5', care: [KNOCK, '避免接触化学品', WIPE] },
]

export const defaultMaterialId = (i: number) => `mat-default-${String(i + 1).padStart(2, '0')}`
