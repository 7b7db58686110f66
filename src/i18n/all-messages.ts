/**
 * Registers every area's text. Each subpackage page imports this first, so its text is there before
 * it renders; the weapp main package carries only main-messages.ts (docs/platform-facts.md §20).
 * A test checks that every subpackage page imports it (tests/unit/i18n/registration.test.ts).
 */
import { en, zhCN } from './dictionaries'
import { enServer, zhServer } from './server-messages'
import { registerMessages } from './translate'

registerMessages({ 'zh-CN': { ...zhServer, ...zhCN }, en: { ...enServer, ...en } })
