/**
 * The minerals the demo shop sells: display colours for the generated pictures and a short, factual
 * introduction for product copy. Meanings (寓意) are told as culture, never as an effect (docs/platform-facts.md §11).
 */
export interface Material {
  /** Colours from light to dark, used for gradients and facet shading. */
  palette: readonly [light: string, mid: string, dark: string]
  /** Mohs hardness, shown in the copy. */
  hardness: string
  intro: string
}

export const MATERIALS = {
  紫水晶: {
    palette: ['#e4cdf2', '#9b5fc0', '#4b1f6b'],
    hardness: '7',
    intro: '紫水晶是石英家族里最常见也最受喜爱的品种，紫色来自晶格中的微量铁元素。紫色在东西方文化中都常与沉静、典雅相联系，“紫气东来”是中国传统里的吉祥意象。',
  },
  白水晶: {
    palette: ['#f5fbff', '#c9dceb', '#7d9bb3'],
    hardness: '7',
    intro: '白水晶即无色透明的石英晶体，古称“水精”，文人以其清澈比喻品格高洁，常见于书房陈设。',
  },
  黄水晶: {
    palette: ['#fff1c4', '#f0b93a', '#9a6410'],
    hardness: '7',
    intro: '黄水晶呈柠檬黄到金黄色，颜色由微量铁元素形成。黄色在中国传统文化中象征丰收与温暖。',
  },
  粉水晶: {
    palette: ['#fde8ee', '#f2a9bb', '#b85f78'],
    hardness: '7',
    intro: '粉水晶又称芙蓉石，柔和的粉色多呈半透明，质感温润。在花语式的文化表达中，它常被用来寓意温柔与爱意。',
  },
  海蓝宝: {
    palette: ['#e3f7fb', '#86cfe0', '#2f7f98'],
    hardness: '7.5–8',
    intro: '海蓝宝是绿柱石家族的蓝色品种，名字来自拉丁文“海水”。净度高的海蓝宝清透如水，是三月的生辰石。',
  },
  碧玺: {
    palette: ['#fbd3df', '#d8638a', '#3f8f67'],
    hardness: '7–7.5',
    intro: '碧玺（电气石）颜色极其丰富，同一颗晶体里常见粉绿双色，被称为“西瓜碧玺”。清代宫廷饰品中多见碧玺。',
  },
  月光石: {
    palette: ['#f4f7fc', '#c7d3ea', '#7489b5'],
    hardness: '6–6.5',
    intro: '月光石是长石的一种，转动时表面浮现的柔和蓝光称为“月光效应”，是内部层状结构对光的散射。',
  },
  拉长石: {
    palette: ['#9fd3e8', '#4f7f96', '#1f2f3a'],
    hardness: '6–6.5',
    intro: '拉长石在特定角度会闪现蓝、绿、金色的晕彩（拉长石晕彩），以加拿大拉布拉多地区得名。',
  },
  黑曜石: {
    palette: ['#6d6f86', '#2d2e3a', '#0d0d12'],
    hardness: '5–5.5',
    intro: '黑曜石是火山熔岩快速冷却形成的天然玻璃，光下可见彩虹或金色光带。古代美洲人用它制作镜子与刀具。',
  },
  茶晶: {
    palette: ['#e8d6c4', '#9b7355', '#4a3020'],
    hardness: '7',
    intro: '茶晶即烟晶，颜色从浅茶到深褐，沉稳内敛，在传统审美中颇受文人喜爱，常用于印章与眼镜片。',
  },
  绿幽灵: {
    palette: ['#e6f3dc', '#7fae6a', '#2f5a2a'],
    hardness: '7',
    intro: '绿幽灵是含绿泥石包裹体的白水晶，晶体生长中断时包裹体沉积，形成层层叠叠的“幻影”，俗称千层或金字塔。',
  },
  草莓晶: {
    palette: ['#fde2e4', '#e07a86', '#9b2f41'],
    hardness: '7',
    intro: '草莓晶是含细小红色针铁矿或赤铁矿包裹体的石英，点点红色如草莓籽，因此得名。',
  },
  萤石: {
    palette: ['#e2f6ef', '#76c6a8', '#6a4ea8'],
    hardness: '4',
    intro: '萤石常见紫、绿、蓝多色分层，部分在紫外光下会发出荧光，这也是“萤石”名字的由来。硬度较低，需避免磕碰。',
  },
  金发晶: {
    palette: ['#fff6dc', '#e2c27a', '#8a6a2a'],
    hardness: '7',
    intro: '金发晶是含金红石针状包裹体的水晶，金色发丝在光下闪烁，发丝越密、越顺越受藏家青睐。',
  },
} as const satisfies Record<string, Material>

export type MaterialName = keyof typeof MATERIALS
