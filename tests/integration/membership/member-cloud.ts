/**
 * A local cloud with the real bundles (dist) plus `memberProbe` (fixtures/member-probe.ts), bundled like
 * the real functions but with the coupon and notice test doubles in place of their modules.
 */
import { build } from 'esbuild'
import { mkdtempSync, readdirSync, rmSync, symlinkSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalFakes, type LocalFakes } from '../../../local-cloud/fakes'
import { FUNCTIONS_DIR, REPO_ROOT, startTestCloud, type TestCloud } from '../../kit/test-cloud'

export interface MemberCloud extends TestCloud {
  fakes: LocalFakes
  probe<T = unknown>(action: string, input: unknown, openid?: string): Promise<T>
}

let dirs: string[] = []

export async function startMemberCloud(): Promise<MemberCloud> {
  const root = mkdtempSync(join(tmpdir(), 'jf-member-fns-'))
  dirs.push(root)
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  const functionsDir = join(root, 'functions')
  mkdirSync(functionsDir)
  for (const name of readdirSync(FUNCTIONS_DIR)) symlinkSync(join(FUNCTIONS_DIR, name), join(functionsDir, name), 'dir')
  await build({
    entryPoints: [join(__dirname, 'fixtures', 'member-probe.ts')],
    outfile: join(functionsDir, 'memberProbe', 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'member-test-doubles',
        setup(b) {
          b.onResolve({ filter: /coupon\/grant-coupon$/ }, () => ({ path: join(__dirname, 'fixtures', 'fake-grant-coupon.ts') }))
          b.onResolve({ filter: /notice\/notice$/ }, () => ({ path: join(__dirname, 'fixtures', 'fake-notice.ts') }))
        },
      },
    ],
  })
  const t = await startTestCloud({ seed: false, functionsDir })
  const fakes = createLocalFakes({ runtime: t.cloud, dataDir: t.dataDir, functionsDir, appid: 'wx-local' })
  return {
    ...t,
    fakes,
    async probe<T>(action: string, input: unknown, openid = 'probe') {
      const r = await t.call<T>('memberProbe' as never, action, input, openid)
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
      return r.data
    },
    close: async () => {
      await t.close()
    },
  }
}

export function removeMemberDirs(): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
}
