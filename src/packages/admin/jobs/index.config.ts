export default definePageConfig({ navigationBarTitleText: '后台任务' })
