/**
 * Bundles each deployable cloud function into dist/cloudfunctions/<fn>/ exactly as WeChat wants it:
 * index.js (wx-server-sdk left external), package.json pinning wx-server-sdk, config.json with openapi
 * permissions and timer triggers. The local cloud runs these very folders.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { FUNCTIONS, FUNCTION_NAMES } from '../cloudfunctions/functions/manifest'

export const WX_SERVER_SDK_VERSION = '4.0.2'
const root = resolve(__dirname, '..')
const outRoot = resolve(root, process.env.JF_DIST_DIR || 'dist', 'cloudfunctions')

/**
 * A dist dir outside the repo (JF_DIST_DIR=/tmp/…) cannot resolve wx-server-sdk by walking up, so the
 * local cloud could not load its bundles; link the repo's node_modules beside it.
 */
function linkNodeModulesIfOutsideRepo(): void {
  const distDir = dirname(outRoot)
  if (!relative(root, distDir).startsWith('..')) return
  const link = join(distDir, 'node_modules')
  if (!existsSync(link)) symlinkSync(join(root, 'node_modules'), link, 'dir')
}

export async function buildFunctions(log: (line: string) => void = console.log): Promise<void> {
  mkdirSync(outRoot, { recursive: true })
  linkNodeModulesIfOutsideRepo()
  for (const name of FUNCTION_NAMES) {
    const started = Date.now()
    const dir = join(outRoot, name)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const result = await build({
      entryPoints: [join(root, 'cloudfunctions', 'functions', `${name}.ts`)],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    })
    const manifest = FUNCTIONS[name]
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION } },
        null,
        2,
      ) + '\n',
    )
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ permissions: manifest.permissions, triggers: manifest.triggers }, null, 2) + '\n',
    )
    const stray = readdirSync(dir).filter((f) => f.endsWith('.ts'))
    if (stray.length) throw new Error(`${name}: TypeScript source leaked into the bundle folder: ${stray.join(', ')}`)
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
    log(`functions: ${name.padEnd(9)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${Date.now() - started} ms`)
  }
}

if (require.main === module) {
  buildFunctions().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
