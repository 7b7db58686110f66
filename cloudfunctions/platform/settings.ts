/**
 * Deployment settings read from the function's environment variables (set in the cloud console, or by
 * the local cloud). Secrets never live in the repo.
 */
export function ownerOpenid(): string {
  return process.env.JF_OWNER_OPENID || 'dev-owner'
}
