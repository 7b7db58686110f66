import type { PropsWithChildren } from 'react'
import './app.scss'

/** The app shell: pages render as children; all data loading lives in the pages themselves. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
