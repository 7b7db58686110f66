export * from './tokenise'
export * from './retrieval'
export * from './intents'
export * from './answer'
