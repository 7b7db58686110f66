export default definePageConfig({ navigationBarTitleText: '宝贝详情' })
