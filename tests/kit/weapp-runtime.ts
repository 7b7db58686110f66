/**
 * The weapp build's logic layer without WeChat DevTools: dist/weapp's app.js and page bundles run in a
 * Node VM with a stub `wx` whose `wx.cloud.callFunction` reaches a local cloud, the way WeChat's client
 * would reach the cloud functions; each page's `setData` is applied to its data, and WeChat's own WXML
 * compiler (wcc from the `miniprogram-compiler` package) renders that data to the text a user would see.
 * How and why (bare VM context for wcc, own keys on the stub): docs/platform-facts.md §17.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import vm from 'node:vm'
import { createRequire } from 'node:module'

type Json = Record<string, unknown>
type Invoke = (fn: string, data: unknown, openid: string) => Promise<unknown>

export interface WeappPage {
  route: string
  data: Json
  /** Errors thrown inside the logic layer (uncaught, or reported through console.error) while it was open. */
  errors: string[]
  /** The page rendered through wcc: the visible text, in document order. */
  text(): string
  /** Hides and unloads the page (timers and polling stop). */
  unload(): void
}

export interface WeappRuntime {
  open(route: string, query?: Record<string, string>): Promise<WeappPage>
  /** Navigations the pages asked for (navigateTo / redirectTo / switchTab / reLaunch urls). */
  navigations: string[]
  toasts: string[]
}

const hostRequire = createRequire(import.meta.url)

/** Every wx API the pages may use, as own keys (Taro wraps only what `Object.keys(wx)` lists). */
function stubWx(invoke: Invoke, openid: string, runtime: { navigations: string[]; toasts: string[] }, storage: Map<string, unknown>): Json {
  const ok = (extra: Json = {}) => ({ errMsg: 'ok', ...extra })
  type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: () => void }
  const async = (result: () => Json | Promise<Json>) => (opts: Callbacks = {}) => {
    Promise.resolve()
      .then(result)
      .then(
        (r) => {
          opts.success?.(r)
          opts.complete?.()
        },
        (e) => {
          opts.fail?.({ errMsg: String(e) })
          opts.complete?.()
        },
      )
  }
  const systemInfo = { platform: 'devtools', model: 'iPhone 14', pixelRatio: 3, windowWidth: 390, windowHeight: 844, screenWidth: 390, screenHeight: 844, statusBarHeight: 47, language: 'zh_CN', version: '8.0.50', SDKVersion: '3.7.0', safeArea: { top: 47, bottom: 810, left: 0, right: 390, width: 390, height: 763 } }
  const navigate = (opts: { url?: string } = {}) => {
    runtime.navigations.push(opts.url ?? '')
    return ok()
  }
  const wx: Json = {
    getSystemInfoSync: () => systemInfo,
    getSystemInfo: async(() => systemInfo),
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getSystemSetting: () => ({}),
    getAppAuthorizeSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 296, right: 383, width: 87, height: 32 }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-local', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorage: (opts: { key: string; success?: (r: unknown) => void; fail?: (e: unknown) => void }) =>
      storage.has(opts.key) ? opts.success?.({ data: storage.get(opts.key) }) : opts.fail?.({ errMsg: 'getStorage:fail data not found' }),
    setStorage: (opts: { key: string; data: unknown; success?: () => void }) => {
      storage.set(opts.key, opts.data)
      opts.success?.()
    },
    removeStorage: async(() => ok()),
    setNavigationBarTitle: async(() => ok()),
    setNavigationBarColor: async(() => ok()),
    setTabBarItem: async(() => ok()),
    setTabBarBadge: async(() => ok()),
    removeTabBarBadge: async(() => ok()),
    showTabBarRedDot: async(() => ok()),
    hideTabBarRedDot: async(() => ok()),
    showToast: (opts: { title?: string } & Callbacks) => {
      runtime.toasts.push(opts.title ?? '')
      async(() => ok())(opts)
    },
    hideToast: async(() => ok()),
    showLoading: async(() => ok()),
    hideLoading: async(() => ok()),
    showModal: async(() => ok({ confirm: false, cancel: true })),
    showActionSheet: async(() => ok({ tapIndex: 0 })),
    navigateTo: (opts: { url?: string } & Callbacks) => async(() => navigate(opts))(opts),
    redirectTo: (opts: { url?: string } & Callbacks) => async(() => navigate(opts))(opts),
    switchTab: (opts: { url?: string } & Callbacks) => async(() => navigate(opts))(opts),
    reLaunch: (opts: { url?: string } & Callbacks) => async(() => navigate(opts))(opts),
    navigateBack: async(() => ok()),
    stopPullDownRefresh: async(() => ok()),
    startPullDownRefresh: async(() => ok()),
    pageScrollTo: async(() => ok()),
    setClipboardData: async(() => ok()),
    getClipboardData: async(() => ok({ data: '' })),
    previewImage: async(() => ok()),
    previewMedia: async(() => ok()),
    chooseMedia: async(() => ok({ tempFiles: [] })),
    chooseImage: async(() => ok({ tempFilePaths: [] })),
    chooseAddress: async(() => Promise.reject(new Error('chooseAddress:fail cancel'))),
    makePhoneCall: async(() => ok()),
    openDocument: async(() => ok()),
    login: async(() => ok({ code: 'local-code' })),
    checkSession: async(() => ok()),
    requestSubscribeMessage: async(() => ok()),
    requestPayment: async(() => Promise.reject(new Error('requestPayment:fail cancel'))),
    vibrateShort: async(() => ok()),
    showShareMenu: async(() => ok()),
    hideShareMenu: async(() => ok()),
    getNetworkType: async(() => ok({ networkType: 'wifi' })),
    onNetworkStatusChange: () => {},
    offNetworkStatusChange: () => {},
    onAppShow: () => {},
    onAppHide: () => {},
    offAppShow: () => {},
    offAppHide: () => {},
    onError: () => {},
    onUnhandledRejection: () => {},
    onPageNotFound: () => {},
    onThemeChange: () => {},
    onWindowResize: () => {},
    offWindowResize: () => {},
    getUpdateManager: () => ({ onCheckForUpdate: () => {}, onUpdateReady: () => {}, onUpdateFailed: () => {}, applyUpdate: () => {} }),
    reportAnalytics: () => {},
    createSelectorQuery: () => selectorQuery(),
    createIntersectionObserver: () => ({ relativeToViewport: function () { return this }, relativeTo: function () { return this }, observe: () => {}, disconnect: () => {} }),
    createCanvasContext: () => new Proxy({}, { get: () => () => {} }),
    createAnimation: () => new Proxy({}, { get: (_t, _k, self) => () => self }),
    request: async(() => ok({ statusCode: 404, data: '' })),
    uploadFile: async(() => ok({ statusCode: 200, data: '{}' })),
    downloadFile: async(() => ok({ statusCode: 200, tempFilePath: '' })),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    cloud: {
      init: () => {},
      callFunction: (opts: { name: string; data: unknown; success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
        const call = invoke(opts.name, opts.data, openid).then((result) => ({ errMsg: 'cloud.callFunction:ok', result }))
        if (opts.success || opts.fail) {
          call.then((r) => opts.success?.(r), (e) => opts.fail?.({ errMsg: String(e) }))
          return undefined
        }
        return call
      },
      uploadFile: () => Promise.resolve({ fileID: 'cloud://local/file' }),
      getTempFileURL: () => Promise.resolve({ fileList: [] }),
      CloudID: (id: string) => ({ cloudID: id }),
    },
  }
  return wx
}

function selectorQuery() {
  const query = {
    in: () => query,
    select: () => node,
    selectAll: () => node,
    selectViewport: () => node,
    exec: (cb?: (r: unknown[]) => void) => setTimeout(() => cb?.([null]), 0),
  }
  const node = {
    boundingClientRect: () => query,
    scrollOffset: () => query,
    fields: () => query,
    node: () => query,
    context: () => query,
  }
  return query
}

/** Applies setData's path keys ('root.cn.[0].v', 'a.b') to `data`, as WeChat does. */
export function applySetData(data: Json, patch: Json): void {
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(/\.|(?=\[)/).map((k) => (k.startsWith('[') ? Number(k.slice(1, -1)) : k)).filter((k) => k !== '')
    let target: Record<string | number, unknown> = data as Record<string | number, unknown>
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]
      if (target[key] === undefined || target[key] === null || typeof target[key] !== 'object') target[key] = typeof keys[i + 1] === 'number' ? [] : {}
      target = target[key] as Record<string | number, unknown>
    }
    target[keys[keys.length - 1]] = value === undefined ? value : JSON.parse(JSON.stringify(value))
  }
}

interface VNode {
  tag?: string
  attr?: Record<string, unknown>
  children?: (VNode | string)[]
}

function textOf(node: VNode | string | undefined, out: string[]): void {
  if (node === undefined || node === null) return
  if (typeof node === 'string') {
    if (node.trim()) out.push(node.trim())
    return
  }
  // What WeChat never shows: hidden nodes (Taro renders display:none as `hidden` or a style).
  const style = String(node.attr?.style ?? '')
  if (node.attr?.hidden === true || /display:\s*none/.test(style)) return
  for (const child of node.children ?? []) textOf(child, out)
}

/** WeChat's WXML compiler over the whole build, run in a bare VM context (its WXS runtime needs its own realm). */
function compileWxml(weappDir: string): (path: string) => (data: Json) => VNode {
  const { wxmlToJs } = hostRequire('miniprogram-compiler') as { wxmlToJs: (root: string) => string }
  const source = wxmlToJs(weappDir)
  const context = vm.createContext({})
  vm.runInContext('var window = this; var global = this;', context)
  const gwx = vm.runInContext(`(function(){${source}\n})()`, context) as (path: string) => (data: Json) => VNode
  return gwx
}

export async function startWeappRuntime(opts: { weappDir: string; invoke: Invoke; openid: string; locale?: 'zh-CN' | 'en' }): Promise<WeappRuntime> {
  const runtime = { navigations: [] as string[], toasts: [] as string[] }
  const storage = new Map<string, unknown>()
  if (opts.locale) storage.set('jf.locale', opts.locale)
  const errors: string[] = []
  const wx = stubWx(opts.invoke, opts.openid, runtime, storage)
  const pageConfigs = new Map<string, Json>()
  let appConfig: Json | null = null
  const pageStack: Json[] = []
  const modules = new Map<string, { exports: unknown }>()

  const sandbox: Json = {
    wx,
    console: {
      ...console,
      error: (...args: unknown[]) => errors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' ')),
      warn: () => {},
      log: () => {},
      info: () => {},
      debug: () => {},
    },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    requestAnimationFrame: (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 16),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    App: (config: Json) => {
      appConfig = config
    },
    Page: (config: Json) => {
      pageConfigs.set(currentRoute, config)
    },
    Component: (config: Json) => {
      pageConfigs.set(currentRoute, config)
    },
    Behavior: (b: unknown) => b,
    getApp: () => appConfig,
    getCurrentPages: () => pageStack,
  }
  sandbox.global = sandbox
  sandbox.globalThis = sandbox
  const context = vm.createContext(sandbox)
  let currentRoute = ''

  const load = (file: string): unknown => {
    const full = normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = modules.get(full)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    modules.set(full, module)
    const code = readFileSync(full, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, { filename: full }) as (r: (p: string) => unknown, m: unknown, e: unknown) => void
    fn((p) => load(join(dirname(full), p)), module, module.exports)
    return module.exports
  }

  process.on('unhandledRejection', onRejection)
  function onRejection(reason: unknown) {
    errors.push(`unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`)
  }

  currentRoute = 'app'
  load(join(opts.weappDir, 'app.js'))
  if (!appConfig) throw new Error('app.js did not call App()')
  const app = appConfig as Json & { onLaunch?: (o: unknown) => void; onShow?: (o: unknown) => void }
  app.onLaunch?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })
  app.onShow?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })

  let gwx: ((path: string) => (data: Json) => VNode) | null = null
  const render = (route: string, data: Json): string => {
    gwx ??= compileWxml(opts.weappDir)
    const tree = gwx(`${route}.wxml`)(data)
    const out: string[] = []
    textOf(tree, out)
    return out.join(' ')
  }

  return {
    ...runtime,
    navigations: runtime.navigations,
    toasts: runtime.toasts,
    async open(route, query = {}) {
      currentRoute = route
      if (!pageConfigs.has(route)) load(join(opts.weappDir, `${route}.js`))
      const config = pageConfigs.get(route)
      if (!config) throw new Error(`${route}.js did not call Page()`)
      const before = errors.length
      const data: Json = JSON.parse(JSON.stringify((config.data as Json) ?? {}))
      const page: Json = Object.create(config)
      Object.assign(page, {
        route,
        __route__: route,
        options: query,
        data,
        setData(patch: Json, cb?: () => void) {
          applySetData(data, patch)
          if (cb) setTimeout(cb, 0)
        },
        selectComponent: () => null,
        selectAllComponents: () => [],
        createSelectorQuery: () => selectorQuery(),
        getOpenerEventChannel: () => ({ emit: () => {}, on: () => {}, once: () => {}, off: () => {} }),
      })
      pageStack.push(page)
      const call = (hook: string, ...args: unknown[]) => {
        const fn = page[hook] as ((...a: unknown[]) => unknown) | undefined
        try {
          fn?.apply(page, args)
        } catch (e) {
          errors.push(`${hook} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`)
        }
      }
      call('onLoad', query)
      call('onShow')
      call('onReady')
      await settle()
      const pageErrors = () => errors.slice(before)
      return {
        route,
        data,
        get errors() {
          return pageErrors()
        },
        text: () => render(route, data),
        unload() {
          call('onHide')
          call('onUnload')
          pageStack.splice(pageStack.indexOf(page), 1)
        },
      }
    },
  }

  /** Lets the page's requests and re-renders finish: waits until setData has been quiet for a moment. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 60))
  }
}

