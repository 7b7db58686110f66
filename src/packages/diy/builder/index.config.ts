export default definePageConfig({ navigationBarTitleText: 'DIY 手串定制' })
