/**
 * Deployment settings, validated once per cold start from the function's environment variables (set in
 * the cloud console, or by the local cloud). Secrets never live in the repo.
 */
import { shopConfig } from '../config'

export function ownerOpenid(): string {
  return shopConfig().ownerOpenid
}
