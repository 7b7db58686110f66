export default definePageConfig({ navigationBarTitleText: '搜索同义词' })
