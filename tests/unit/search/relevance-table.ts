/**
 * The relevance table: shopper queries over the demo seed, each with the products that must appear in
 * the top 3 (all of them when a row names up to 3). `exact` rows must rank the named product first.
 */
export interface RelevanceRow {
  query: string
  kind: 'exact' | 'synonym' | 'terms' | 'size' | 'origin' | 'tag' | 'pinyin' | 'initials' | 'miswriting' | 'material' | 'category'
  top3: string[]
}

export const RELEVANCE: RelevanceRow[] = [
  // exact names: the named product first
  { query: '乌拉圭紫水晶手串', kind: 'exact', top3: ['p-amethyst-bracelet-01'] },
  { query: '巴西白水晶手串', kind: 'exact', top3: ['p-clear-quartz-bracelet-01'] },
  { query: '马达加斯加粉水晶手串', kind: 'exact', top3: ['p-rose-quartz-bracelet-01'] },
  { query: '冰透海蓝宝手串', kind: 'exact', top3: ['p-aquamarine-bracelet-01'] },
  { query: '墨西哥彩虹黑曜石手串', kind: 'exact', top3: ['p-obsidian-bracelet-01'] },
  { query: '西瓜碧玺切片吊坠', kind: 'exact', top3: ['p-tourmaline-pendant-01'] },
  { query: '白水晶球', kind: 'exact', top3: ['p-clear-quartz-sphere-01'] },
  { query: '粉水晶柱', kind: 'exact', top3: ['p-rose-quartz-tower-01'] },
  { query: '萤石素章', kind: 'exact', top3: ['p-fluorite-seal-01'] },
  { query: '黑曜石镇纸一对', kind: 'exact', top3: ['p-obsidian-paperweight-01'] },
  { query: '紫水晶葫芦把件', kind: 'exact', top3: ['p-amethyst-gourd-01'] },
  { query: '巴西茶晶手串', kind: 'exact', top3: ['p-smoky-quartz-bracelet-01'] },
  { query: '芬兰光谱石吊坠', kind: 'exact', top3: ['p-labradorite-pendant-01'] },
  { query: '草莓晶手串', kind: 'exact', top3: ['p-strawberry-quartz-bracelet-01'] },
  // synonyms
  { query: '粉晶', kind: 'synonym', top3: ['p-rose-quartz-bracelet-01'] },
  { query: '芙蓉石', kind: 'synonym', top3: ['p-rose-quartz-bracelet-01'] },
  { query: '粉晶吊坠', kind: 'synonym', top3: ['p-rose-quartz-pendant-01'] },
  { query: '烟晶', kind: 'synonym', top3: ['p-smoky-quartz-bracelet-01'] },
  { query: '烟晶手串', kind: 'synonym', top3: ['p-smoky-quartz-bracelet-01'] },
  { query: '钛晶', kind: 'synonym', top3: ['p-rutilated-quartz-bracelet-01'] },
  { query: '紫晶手串', kind: 'synonym', top3: ['p-amethyst-bracelet-01'] },
  { query: '光谱石', kind: 'synonym', top3: ['p-labradorite-pendant-01'] },
  { query: '月光石手链', kind: 'synonym', top3: ['p-moonstone-bracelet-01'] },
  { query: '海蓝宝项链', kind: 'synonym', top3: ['p-aquamarine-pendant-01'] },
  { query: '月光石项链', kind: 'synonym', top3: ['p-moonstone-pendant-01'] },
  { query: '紫水晶挂件', kind: 'synonym', top3: ['p-amethyst-pendant-01'] },
  { query: '氟石', kind: 'synonym', top3: ['p-fluorite-bracelet-01'] },
  { query: '电气石', kind: 'synonym', top3: ['p-tourmaline-bracelet-01'] },
  // several terms
  { query: '乌拉圭 紫水晶', kind: 'terms', top3: ['p-amethyst-bracelet-01'] },
  { query: '男士手串', kind: 'terms', top3: ['p-obsidian-bracelet-01', 'p-labradorite-bracelet-01'] },
  { query: '墨西哥黑曜石', kind: 'terms', top3: ['p-obsidian-bracelet-01'] },
  { query: '巴西 海蓝宝', kind: 'terms', top3: ['p-aquamarine-bracelet-01'] },
  { query: '斯里兰卡 月光石 吊坠', kind: 'terms', top3: ['p-moonstone-pendant-01'] },
  { query: '紫晶簇', kind: 'terms', top3: ['p-amethyst-cluster-01', 'p-amethyst-cluster-02'] },
  { query: '拉长石掌心石', kind: 'terms', top3: ['p-labradorite-palm-stone-01'] },
  { query: '萤石晶簇', kind: 'terms', top3: ['p-fluorite-cluster-01'] },
  { query: '茶晶原石', kind: 'terms', top3: ['p-smoky-quartz-raw-01'] },
  { query: '黄水晶印章', kind: 'terms', top3: ['p-citrine-seal-01'] },
  // sizes
  { query: '8mm 紫水晶手串', kind: 'size', top3: ['p-amethyst-bracelet-01'] },
  { query: '10mm 海蓝宝', kind: 'size', top3: ['p-aquamarine-bracelet-01'] },
  { query: '12毫米 紫水晶', kind: 'size', top3: ['p-amethyst-bracelet-01'] },
  { query: '6 mm 碧玺手串', kind: 'size', top3: ['p-tourmaline-bracelet-01'] },
  // origins
  { query: '斯里兰卡', kind: 'origin', top3: ['p-moonstone-bracelet-01', 'p-moonstone-pendant-01'] },
  { query: '芬兰', kind: 'origin', top3: ['p-labradorite-pendant-01'] },
  { query: '东海水晶', kind: 'origin', top3: ['p-clear-quartz-cluster-02', 'p-clear-quartz-brush-rest-01'] },
  { query: '湖南萤石', kind: 'origin', top3: ['p-fluorite-bracelet-01'] },
  // tags
  { query: '三月生辰石', kind: 'tag', top3: ['p-aquamarine-bracelet-01', 'p-aquamarine-pendant-01'] },
  { query: '文房', kind: 'tag', top3: ['p-fluorite-seal-01'] },
  { query: '孤品吊坠', kind: 'tag', top3: ['p-tourmaline-pendant-01'] },
  { query: '金字塔', kind: 'tag', top3: ['p-green-phantom-point-01'] },
  { query: '送礼 手串', kind: 'tag', top3: ['p-amethyst-bracelet-01', 'p-rose-quartz-bracelet-01'] },
  // materials and categories
  { query: '绿幽灵', kind: 'material', top3: ['p-green-phantom-bracelet-01'] },
  { query: '金发晶', kind: 'material', top3: ['p-rutilated-quartz-bracelet-01'] },
  { query: '晶柱', kind: 'category', top3: ['p-clear-quartz-point-01'] },
  // pinyin and initials
  { query: 'zishuijing', kind: 'pinyin', top3: ['p-amethyst-bracelet-01'] },
  { query: 'hailanbao', kind: 'pinyin', top3: ['p-aquamarine-bracelet-01', 'p-aquamarine-pendant-01'] },
  { query: 'yueguangshi', kind: 'pinyin', top3: ['p-moonstone-bracelet-01', 'p-moonstone-pendant-01'] },
  { query: 'fenjing', kind: 'pinyin', top3: ['p-rose-quartz-bracelet-01'] },
  { query: 'heiyaoshi', kind: 'pinyin', top3: ['p-obsidian-bracelet-01'] },
  { query: 'zishuijingshouchuan', kind: 'pinyin', top3: ['p-amethyst-bracelet-01'] },
  { query: 'zsj', kind: 'initials', top3: ['p-amethyst-bracelet-01'] },
  { query: 'hlb', kind: 'initials', top3: ['p-aquamarine-bracelet-01'] },
  { query: 'ygs', kind: 'initials', top3: ['p-moonstone-bracelet-01'] },
  { query: 'fsj', kind: 'initials', top3: ['p-rose-quartz-bracelet-01'] },
  // miswritings
  { query: '海兰宝', kind: 'miswriting', top3: ['p-aquamarine-bracelet-01', 'p-aquamarine-pendant-01'] },
  { query: '黑耀石', kind: 'miswriting', top3: ['p-obsidian-bracelet-01'] },
  { query: '荧石', kind: 'miswriting', top3: ['p-fluorite-bracelet-01'] },
  { query: '月光时', kind: 'miswriting', top3: ['p-moonstone-bracelet-01'] },
  { query: '拉常石', kind: 'miswriting', top3: ['p-labradorite-bracelet-01'] },
  { query: '海兰宝手串', kind: 'miswriting', top3: ['p-aquamarine-bracelet-01'] },
]
