/**
 * Layering rules checked by `npm test` (stage `layering`: `npx depcruise cloudfunctions src local-cloud`).
 * Type-only imports are seen too (tsPreCompilationDeps), so rules that only care about run time say
 * `dependencyTypesNot: ['type-only']`. Never weaken a rule to make a violation pass: fix the import.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'cloudfunctions/domain holds pure rules shared with the mini program: it may import only itself, ' +
        'cloudfunctions/contracts, dayjs and zod (promotion strategies declare their arguments as zod schemas) (no wx-server-sdk, no @tarojs, no node builtins, no platform/, ' +
        'services/, config/ or local-cloud).',
      from: { path: '^cloudfunctions/domain/' },
      to: {
        pathNot: ['^cloudfunctions/(domain|contracts)/', '(^|/)node_modules/dayjs/', '(^|/)node_modules/zod/'],
      },
    },
    {
      name: 'src-no-backend-at-runtime',
      severity: 'error',
      comment:
        'Pages reach the back end only through src/api; they may import types from the back end, never ' +
        'code from services/, platform/, actions/, config/, schema/ or the local cloud.',
      from: { path: '^src/' },
      to: {
        path: '^(cloudfunctions/(services|platform|actions|config|schema|functions)|local-cloud)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'src-contracts-types-only',
      severity: 'error',
      comment:
        'Contracts and core are zod schemas and server code: pages import their types only, which keeps ' +
        'zod out of the mini program main package.',
      from: { path: '^src/' },
      to: {
        path: '^cloudfunctions/(contracts|core)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'cloudfunctions-no-local-cloud',
      severity: 'error',
      comment: 'Deployed function code never carries the local cloud (its fakes, store or dev endpoints).',
      from: { path: '^cloudfunctions/' },
      to: { path: '^local-cloud/' },
    },
    {
      name: 'function-entries-never-reach-local-cloud',
      severity: 'error',
      comment:
        'Nothing a function entry point bundles (directly or transitively) may be local-cloud code or ' +
        'its SQLite / mingo dependencies.',
      from: { path: '^cloudfunctions/functions/[^/]+\\.ts$' },
      to: { path: ['^local-cloud/', '(^|/)node_modules/(better-sqlite3|mingo)/'], reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles in cloudfunctions/ or src/ (type-only cycles included).',
      from: { path: '^(cloudfunctions|src)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a broken build waiting to happen.',
      from: { path: '^(cloudfunctions|src|local-cloud)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.data|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
