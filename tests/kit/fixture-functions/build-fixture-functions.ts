/**
 * Bundles test-only cloud functions (fixtures that exercise platform pieces the shop has no action for
 * yet) exactly as scripts/build-functions.ts bundles the real ones: esbuild, cjs, wx-server-sdk external.
 * They land in a temp folder with node_modules linked so the local cloud resolves the real SDK.
 */
import { build } from 'esbuild'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../test-cloud'

export interface FixtureFunctions {
  functionsDir: string
  /** Deletes the temp folder (the node_modules link, not its target). */
  remove(): void
}

/** `entries`: function name → absolute path of its TypeScript entry. */
export async function buildFixtureFunctions(entries: Record<string, string>): Promise<FixtureFunctions> {
  const root = mkdtempSync(join(tmpdir(), 'jf-fixture-fns-'))
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  const functionsDir = join(root, 'functions')
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      entryPoints: [entry],
      outfile: join(functionsDir, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      logLevel: 'warning',
    })
  }
  return { functionsDir, remove: () => rmSync(root, { recursive: true, force: true }) }
}
