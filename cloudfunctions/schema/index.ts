/** Database as code: declarations, the cloud diff, and the local cloud's SQLite indexes. */
export {
  COLLECTION,
  COLLECTIONS,
  COLLECTION_NAMES,
  FUNCTIONS_ONLY,
  collectionDecl,
  isDeclaredCollection,
  type CollectionName,
} from './collections'
export { planDatabase, ruleMatches, type CollectionPlan, type DatabasePlan, type IndexConflict } from './plan'
export { sqliteIndexStatements, type SqliteIndexOptions } from './sqlite-indexes'
export type * from './types'
