/**
 * Builds with the Taro CLI (offline, repo node_modules) and measures what WeChat would upload: main
 * package bytes (everything outside the subpackage roots app.json lists), each subpackage, the total,
 * and the H5 build's JavaScript gzipped.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Written by the tools for DevTools, not part of any uploaded package. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json'])

export function runTaroBuild(cwd: string, type: 'weapp' | 'h5', env: Record<string, string>, log: (line: string) => void): Promise<number> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['taro', 'build', '--type', type], { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-400_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setInterval(() => log(`  … still building ${type} in ${relative(process.cwd(), cwd) || '.'} (${Math.round((Date.now() - started) / 1000)} s)`), 30_000)
    child.on('close', (code) => {
      clearInterval(timer)
      if (code === 0) resolve(Date.now() - started)
      else reject(new Error(`taro build --type ${type} failed (exit ${code}):\n${errorExcerpt(output)}`))
    })
  })
}

/** The compiler's error report without the progress-bar noise around it. */
function errorExcerpt(output: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
  const at = Math.max(plain.indexOf('Errors:'), plain.search(/\bERROR\b|Module not found|Error:/))
  return (at >= 0 ? plain.slice(at) : plain.slice(-1500)).split('\n').filter((l) => l.trim()).slice(0, 15).join('\n')
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name)
    return statSync(file).isDirectory() ? files(file) : [file]
  })
}

export interface WeappSizes {
  main: number
  subpackages: Record<string, number>
  total: number
}

export function measureWeapp(outDir: string): WeappSizes {
  const app = JSON.parse(readFileSync(join(outDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''))
  const sizes: WeappSizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 }
  for (const file of files(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/')
    if (NOT_UPLOADED.has(rel) || rel.endsWith('.map')) continue
    const bytes = statSync(file).size
    sizes.total += bytes
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`))
    if (root) sizes.subpackages[root] += bytes
    else sizes.main += bytes
  }
  return sizes
}

export function measureH5Js(outDir: string): { files: number; raw: number; gzip: number } {
  const js = existsSync(outDir) ? files(outDir).filter((f) => f.endsWith('.js')) : []
  let raw = 0
  let gzip = 0
  for (const file of js) {
    const content = readFileSync(file)
    raw += content.length
    gzip += gzipSync(content, { level: 9 }).length
  }
  return { files: js.length, raw, gzip }
}
