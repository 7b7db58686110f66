/** Demo shop for the local cloud: categories, products with SKUs, generated SVG pictures, owner, settings. */
export { buildSeed, type SeedData, type SeedFile } from './build-seed'
export { seedShop, SEED_SETTINGS, type SeedOptions, type SeedTarget } from './seed-shop'
export { skuTotals } from '../../cloudfunctions/domain/catalog'
