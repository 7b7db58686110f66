import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/** NutUI is drawn on a 375 px grid, our own styles on the usual 750 px one. */
function designWidthFor(input?: unknown): number {
  const file = (input as { file?: string } | undefined)?.file ?? ''
  return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
}

/** Pure back-end modules the app imports (money formatting, contract types) must go through Babel too. */
const sharedSources = [path.resolve(__dirname, '..', 'cloudfunctions')]

/** Where the weapp build finds its cloud environment; empty means "the default environment". */
const cloudEnv = process.env.TARO_APP_CLOUD_ENV ?? ''

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jingfang',
    date: '2026-11-26',
    designWidth: designWidthFor,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // One folder per platform so the weapp and h5 builds never overwrite each other.
    // JF_DIST_DIR lets parallel work trees build side by side without overwriting each other.
    outputRoot: `${process.env.JF_DIST_DIR || 'dist'}/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(cloudEnv),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Taro's mini-program terser escapes every non-ASCII character (\uXXXX, 6 bytes for a Chinese
    // character that is 3 in UTF-8). WeChat requires package files to be UTF-8 anyway, so the
    // escaping only doubled the size of every Chinese string (docs/platform-facts.md §20).
    terser: { enable: true, config: { output: { ascii_only: false } } },
    cache: { enable: false },
    mini: {
      compile: { include: sharedSources },
      // Shared components are imported by pages in different orders; CSS order between them is irrelevant.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        // Lets src/ import types and pure helpers from cloudfunctions/ through the @cloud/* alias.
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      compile: { include: sharedSources },
      publicPath: '/',
      staticDirectory: 'static',
      // The local cloud serves the H5 build from `/` and owns `/api/*`; hash routes never collide with it.
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of
        // React components, NutUI and our design system (~230 KB each). Share them across pages.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' })
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
