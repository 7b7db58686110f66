import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { MaterialListInput, MaterialRemoveInput, MaterialSaveInput, MaterialSeedInput } from '../../contracts/crystal'
import { listMaterials, removeMaterial, saveMaterial, seedDefaultMaterials } from '../../services/crystal/materials.service'

export const materialsList = defineAction({
  name: 'materials.list',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'Every material card (寓意, Mohs hardness, care), by name',
  input: MaterialListInput,
  handler: () => listMaterials(),
})

export const materialsSave = defineAction({
  name: 'materials.save',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Create (no id) or edit a material card (conditional on the version its form loaded); the listing guard refuses protected animals and warns on claims (audited)',
  input: MaterialSaveInput,
  handler: (input, ctx) => saveMaterial(input, actorOf(ctx.caller), ctx.now()),
})

export const materialsRemove = defineAction({
  name: 'materials.remove',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Remove a material card (audited); products keep their material name',
  input: MaterialRemoveInput,
  handler: ({ id }, ctx) => removeMaterial(id, actorOf(ctx.caller), ctx.now()),
})

export const materialsSeedDefaults = defineAction({
  name: 'materials.seedDefaults',
  role: 'staff',
  permission: 'catalog.write',
  summary: "Add the shop's ~20 default material cards whose names are not taken (never overwrites; audited)",
  input: MaterialSeedInput,
  handler: (_input, ctx) => seedDefaultMaterials(actorOf(ctx.caller), ctx.now()),
})
