export default definePageConfig({
  navigationBarTitleText: '晶坊 · 水晶文玩',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
})
