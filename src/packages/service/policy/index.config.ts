export default definePageConfig({ navigationBarTitleText: '售后政策' })
