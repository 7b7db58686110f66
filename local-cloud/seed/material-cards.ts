import { DEFAULT_MATERIALS, defaultMaterialId } from '../../cloudfunctions/domain/crystal/material-defaults'

/** The shop's default material cards (寓意, Mohs hardness, care), as `materials.seedDefaults` writes them. */
export function seedMaterialCards(baseTime: number) {
  return DEFAULT_MATERIALS.map((c, i) => ({
    _id: defaultMaterialId(i),
    name: c.name,
    aliases: [...c.aliases],
    meanings: [...c.meanings],
    culture: c.culture,
    mohs: c.mohs,
    care: [...c.care],
    names: [c.name, ...c.aliases],
    updatedAt: baseTime,
    version: 1,
  }))
}
