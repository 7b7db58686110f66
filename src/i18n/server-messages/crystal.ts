/**
 * Server keys of the crystal features (cloudfunctions/domain/crystal, services/crystal): the listing
 * guard's refusals and warnings (params: rule, field, match), wrist size, material cards, certificates.
 */
export const zhCrystal = {
  'error.crystal.compliance.ivory': '「{match}」属于象牙制品，受野生动物保护法保护，不能上架（规则 {rule}）',
  'error.crystal.compliance.giantClam': '「{match}」属于砗磲制品，受野生动物保护法保护，不能上架（规则 {rule}）',
  'error.crystal.compliance.coral': '「{match}」属于珊瑚制品，受野生动物保护法保护，不能上架（规则 {rule}）；颜色请写成“珊瑚色”',
  'error.crystal.compliance.hawksbill': '「{match}」属于玳瑁制品，受野生动物保护法保护，不能上架（规则 {rule}）',
  'error.crystal.compliance.protectedAnimal': '「{match}」属于受保护动物制品，不能上架（规则 {rule}）',
  'error.crystal.compliance.blindRough': '「{match}」属于赌石（原石盲卖），平台禁止销售（规则 {rule}）',
  'error.crystal.compliance.treatedAsNatural': '「{match}」：优化处理或合成的宝石不能标为天然（规则 {rule}），请如实写明“处理”或“合成”',
  'warning.crystal.fortuneGuarantee': '「{match}」像是转运、招财的承诺；寓意只能作为文化介绍（规则 {rule}）',
  'warning.crystal.curativeClaim': '「{match}」像是治疗或保健功效的说法，水晶饰品不能宣称功效（规则 {rule}）',
  'warning.crystal.uniqueMedia': '孤品只有 {photos} 张图片且没有视频：建议至少 {min} 张图片或一段视频',
  'error.crystal.wristWhole': '手围请填写整数毫米',
  'error.crystal.wristRange': '手围应在 10–25 cm 之间',
  'error.crystal.mohs': '莫氏硬度请写数字，如 7 或 7.5–8',
  'error.crystal.materialNameTaken': '「{name}」已在材质卡「{card}」中使用',
  'error.crystal.certificateNoFormat': '证书编号只含字母、数字和短横线（4–40 位）',
  'error.crystal.certificateTooMany': '查询太频繁了，每分钟最多 {perMinute} 次，请稍后再试',
  'error.notFound.material': '材质卡不存在或已删除',
  'error.changed.material': '材质卡刚被修改，请刷新后重试',
}

export const enCrystal: Record<keyof typeof zhCrystal, string> = {
  'error.crystal.compliance.ivory': '“{match}” is ivory, protected by wildlife law: it cannot be listed (rule {rule})',
  'error.crystal.compliance.giantClam': '“{match}” is giant clam, protected by wildlife law: it cannot be listed (rule {rule})',
  'error.crystal.compliance.coral': '“{match}” is coral, protected by wildlife law: it cannot be listed (rule {rule}); for the colour write “珊瑚色”',
  'error.crystal.compliance.hawksbill': '“{match}” is hawksbill shell, protected by wildlife law: it cannot be listed (rule {rule})',
  'error.crystal.compliance.protectedAnimal': '“{match}” comes from a protected animal: it cannot be listed (rule {rule})',
  'error.crystal.compliance.blindRough': '“{match}” is a blind rough-stone sale (赌石), which the platform forbids (rule {rule})',
  'error.crystal.compliance.treatedAsNatural': '“{match}”: a treated or synthetic stone cannot be called natural (rule {rule}); say “treated” or “synthetic”',
  'warning.crystal.fortuneGuarantee': '“{match}” reads like a promise of luck or wealth; meanings may only be told as culture (rule {rule})',
  'warning.crystal.curativeClaim': '“{match}” reads like a health or healing claim, which crystal jewellery may not make (rule {rule})',
  'warning.crystal.uniqueMedia': 'One-of-a-kind piece with {photos} photo(s) and no video: add at least {min} photos or a video',
  'error.crystal.wristWhole': 'Enter the wrist size in whole millimetres',
  'error.crystal.wristRange': 'Wrist size must be between 10 and 25 cm',
  'error.crystal.mohs': 'Mohs hardness is a number, e.g. 7 or 7.5–8',
  'error.crystal.materialNameTaken': '“{name}” is already used by the material card “{card}”',
  'error.crystal.certificateNoFormat': 'A certificate number has 4–40 letters, digits or dashes',
  'error.crystal.certificateTooMany': 'Too many look-ups: at most {perMinute} a minute, please try again shortly',
  'error.notFound.material': 'This material card does not exist or was removed',
  'error.changed.material': 'This material card was just changed; reload and try again',
}
