export default definePageConfig({ navigationBarTitleText: '手串尺寸助手' })
