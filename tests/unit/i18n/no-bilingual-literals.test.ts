import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/** "中文 / English" in one piece of text: the shopper would read both languages at once. */
const BILINGUAL = /\p{Script=Han}[^'`"]* \/ [A-Za-z]/u
const SRC = join(__dirname, '../../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    // tab and page titles in *.config.ts are static Chinese defaults; pages set their own via applyChrome
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.config.ts') ? [path] : []
  })
}

/** The text of every string, template and JSX text in a file (comments are not shown to anyone). */
function bilingualLiterals(fileName: string, code: string): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    let text: string | null = null
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) text = node.text
    else if (ts.isTemplateExpression(node)) text = node.getText(file)
    if (text !== null && BILINGUAL.test(text)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
      found.push(`${fileName}:${line + 1}: ${text.trim()}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('no bilingual UI text in src', () => {
  it('finds a planted pair in a string, a template and JSX, but not in a comment', () => {
    const code = [
      "// 应付 / To pay",
      "const a = '待付款 / Awaiting payment'",
      "const b = `身份标识不合法 / invalid openid: ${a}`",
      "const c = <Text>收货地址 / Addresses</Text>",
      "const d = 'product data: 紫水晶 / 巴西'",
    ].join('\n')
    expect(bilingualLiterals('planted.tsx', code).map((f) => f.split(':')[1])).toEqual(['2', '3', '4'])
  })

  it('holds no "中文 / English" literal in any src file but *.config.ts', () => {
    const found = sourceFiles(SRC).flatMap((path) => bilingualLiterals(relative(SRC, path), readFileSync(path, 'utf8')))
    expect(found).toEqual([])
  })
})
