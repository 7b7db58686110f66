// ESLint 9 flat config, run by `npm test` (stage `lint`) and `npm run lint`. typescript-eslint's
// recommended rules without type information (fast), plus the two classic React hooks rules.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // Generated or local-only trees (as in .gitignore): build output, data, reports, bench builds.
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'test-results/**', '.bench/**', '.temp/**', '.swc/**', 'deploy_versions/**', 'tests/fixtures/bare-taro/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Cloud SDK, mingo and test-kit boundaries are typed `any` on purpose in a few places; keep it visible.
      '@typescript-eslint/no-explicit-any': 'warn',
      // tsc's noUnusedLocals/noUnusedParameters already fail the build; `_`-prefixed names are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // CommonJS config files (babel, dependency-cruiser, Taro config) use require/module.exports.
    files: ['**/*.{cjs,js}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
