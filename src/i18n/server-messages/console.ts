/** Server keys of the merchant console: export range and audit filters. */
export const zhConsole = {
  'error.console.dayRange': '日期范围无效：{from} 至 {to}',
  'error.console.rangeTooLong': '一次最多导出 {days} 天',
  'error.console.exportCursor': '导出进度已失效，请重新开始导出',
  'error.input.day': '日期格式应为 年-月-日',
  'error.input.entity': '对象类型无效',
  'error.input.action': '操作名称无效',
} as const

export const enConsole: Record<keyof typeof zhConsole, string> = {
  'error.console.dayRange': 'Invalid range of days: {from} to {to}',
  'error.console.rangeTooLong': 'At most {days} days per export',
  'error.console.exportCursor': 'This export can no longer continue; please start it again',
  'error.input.day': 'Dates look like YYYY-MM-DD',
  'error.input.entity': 'Unknown kind of record',
  'error.input.action': 'Unknown action name',
}
