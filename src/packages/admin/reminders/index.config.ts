export default definePageConfig({ navigationBarTitleText: '待办提醒', enablePullDownRefresh: true })
