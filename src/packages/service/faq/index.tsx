import { ComingSoon } from '../../../components'

/** Ships in a later release; until then the page says what is coming instead of showing sample data. */
export default function ServiceFaqPage() {
  return <ComingSoon title='常见问题即将上线 / FAQ coming soon' hint='客服与常见问题正在整理中 / Customer service and answers are being prepared' />
}
