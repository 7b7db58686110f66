export default definePageConfig({ navigationBarTitleText: '营销活动' })
