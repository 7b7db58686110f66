export default definePageConfig({ navigationBarTitleText: '汇率与审计' })
