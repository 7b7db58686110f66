export default definePageConfig({ navigationBarTitleText: '上新关注' })
