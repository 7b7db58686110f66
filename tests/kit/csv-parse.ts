/**
 * A small RFC 4180 reader for tests (no CSV package is installed): quoted fields with doubled quotes,
 * CRLF or LF line ends, a leading UTF-8 BOM dropped. Throws on a stray quote, so a wrongly escaped file
 * fails the test instead of parsing into shifted columns.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  let fieldStarted = false
  while (i < src.length) {
    const c = src[i]
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i += 1
        if (i < src.length && !/[,\r\n]/.test(src[i])) throw new Error(`CSV: character after closing quote at ${i}`)
        continue
      }
      field += c
      i += 1
      continue
    }
    if (c === '"') {
      if (fieldStarted && field !== '') throw new Error(`CSV: quote inside an unquoted field at ${i}`)
      quoted = true
      fieldStarted = true
      i += 1
      continue
    }
    if (c === ',') {
      row.push(field)
      field = ''
      fieldStarted = false
      i += 1
      continue
    }
    if (c === '\r' || c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      fieldStarted = false
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += c
    fieldStarted = true
    i += 1
  }
  if (quoted) throw new Error('CSV: unterminated quoted field')
  if (fieldStarted || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
