/**
 * What a piece physically is. Decides which picture is drawn and which care/size paragraph the copy
 * gets, so thirty bracelets do not need thirty hand-written care notes.
 */
export type Form =
  | 'bracelet'
  | 'pendant'
  | 'cluster'
  | 'geode'
  | 'point'
  | 'sphere'
  | 'raw'
  | 'palm'
  | 'seal'
  | 'paperweight'
  | 'brushRest'
  | 'gourd'

export const FORM_NOTES: Record<Form, string> = {
  bracelet:
    '弹力线穿制，周长约 15–17 cm，下单时可在备注中写手围，我们按手围增减珠子。单颗珠子可能带有天然冰裂或棉絮，这是天然水晶的生长痕迹。',
  pendant: '配 S925 银镶托，可另选 45 cm 银链。吊坠背面打磨光滑，贴肤佩戴舒适。',
  cluster: '天然生长的晶簇，晶尖只做清洗不做打磨，底部平整处理以便平稳摆放。请避免阳光长时间直射。',
  geode: '晶洞外壳为玄武岩，内壁布满晶牙。底座为定制金属托，开箱即可摆放。',
  point: '由原石手工切磨成六棱柱形，底面抛平，适合书桌、玄关等处陈设。',
  sphere: '手工研磨抛光，附实木底座。球体内部的冰裂与包裹体在灯光下会呈现不同的光影。',
  raw: '保留天然晶面与断口，只做清洗，适合作为矿物标本或案头摆件。',
  palm: '打磨成圆润的扁平卵形，适合把玩与收藏，也可作为书桌镇纸。',
  seal: '素章，未刻字，章面已磨平，可交由篆刻师刻名章或闲章。附锦盒。',
  paperweight: '长条形镇纸，一对两支，底面磨砂防滑，压纸、压书都合适。',
  brushRest: '依原石天然山形打磨而成的笔架山，三峰高低错落，书案上的经典陈设。',
  gourd: '手工雕刻的葫芦造型把件，葫芦谐音“福禄”，是传统吉祥纹样，此处作为文化题材介绍。',
}
