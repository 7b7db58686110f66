export default definePageConfig({ navigationBarTitleText: 'DIY 配件与规则' })
