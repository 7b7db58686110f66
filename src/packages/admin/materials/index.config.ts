export default definePageConfig({ navigationBarTitleText: '材质寓意' })
