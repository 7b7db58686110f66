export default definePageConfig({ navigationBarTitleText: '分类管理' })
