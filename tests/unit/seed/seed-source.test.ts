import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SEED_DIR = join(__dirname, '../../../local-cloud/seed')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('seed sources', () => {
  it('take randomness and time only from the seeded PRNG and the base time passed in', () => {
    const files = sourceFiles(SEED_DIR)
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/Math\.random|Date\.now|new Date\(\s*\)|performance\.now/)
    }
  })
})
