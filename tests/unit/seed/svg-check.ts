/**
 * A small XML well-formedness check for the generated SVGs: balanced tags, quoted attributes, no stray
 * `<` or `&`. Enough to catch the mistakes string-built SVG makes, without an XML dependency.
 */
export function svgProblems(svg: string): string[] {
  const problems: string[] = []
  if (!svg.startsWith('<svg')) problems.push('does not start with <svg')
  if (!svg.endsWith('</svg>')) problems.push('does not end with </svg>')
  const root = /^<svg\b([^>]*)>/.exec(svg)
  for (const attr of ['xmlns="http://www.w3.org/2000/svg"', 'width="', 'height="', 'viewBox="']) {
    if (!root?.[1].includes(attr)) problems.push(`root lacks ${attr}`)
  }
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(svg)) problems.push('unescaped &')

  const stack: string[] = []
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g
  let consumed = 0
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    if (svg.slice(consumed, m.index).includes('<') || svg.slice(consumed, m.index).includes('>')) {
      problems.push(`malformed markup near offset ${consumed}`)
      break
    }
    consumed = m.index + m[0].length
    const [, closing, name, , selfClosing] = m
    if (closing) {
      const open = stack.pop()
      if (open !== name) {
        problems.push(`</${name}> closes <${open ?? 'nothing'}>`)
        break
      }
    } else if (!selfClosing) {
      stack.push(name)
    }
  }
  if (consumed !== svg.length) problems.push(`markup not fully parsed (stopped at ${consumed} of ${svg.length})`)
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`)
  return problems
}
