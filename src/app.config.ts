import { SUBPACKAGES, TAB_BAR_TEXT, TAB_PAGES } from './routes'
import { PALETTE } from './components/theme/tokens'

const tabKeys = Object.keys(TAB_PAGES) as (keyof typeof TAB_PAGES)[]

export default defineAppConfig({
  pages: tabKeys.map((key) => TAB_PAGES[key]),
  subPackages: Object.values(SUBPACKAGES).map((pkg) => ({ root: pkg.root, pages: [...pkg.pages] })),
  // Shoppers on the home page usually open a product next: fetch the goods package while they browse.
  preloadRule: {
    [TAB_PAGES.home]: { network: 'all', packages: [SUBPACKAGES.goods.root] },
    // From the cart the next step is checkout, which lives in the order package.
    [TAB_PAGES.cart]: { network: 'all', packages: [SUBPACKAGES.order.root] },
  },
  lazyCodeLoading: 'requiredComponents',
  // Checkout offers WeChat's address picker (Taro.chooseAddress), which must be declared.
  requiredPrivateInfos: ['chooseAddress'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: PALETTE.amethyst,
    navigationBarTitleText: '晶坊',
    navigationBarTextStyle: 'white',
    backgroundColor: PALETTE.quartzWhite,
  },
  tabBar: {
    color: PALETTE.inkMuted,
    selectedColor: PALETTE.amethyst,
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: tabKeys.map((key) => ({
      pagePath: TAB_PAGES[key],
      text: TAB_BAR_TEXT[key],
      iconPath: `assets/tab/${key}.png`,
      selectedIconPath: `assets/tab/${key}-active.png`,
    })),
  },
})
