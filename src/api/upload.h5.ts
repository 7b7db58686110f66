import { storagePath } from './upload-name'

/** The local cloud's file store: POST /api/dev/files {path, base64} → {ok, data: {url}}. */
export async function uploadMedia(localPath: string, folder: string): Promise<{ url: string }> {
  const blob = await (await fetch(localPath)).blob()
  const ext = blob.type.split('/')[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg')
  const base64 = await blobToBase64(blob)
  const path = storagePath(ext ? `x.${ext}` : localPath, folder)
  const response = await fetch('/api/dev/files', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, base64 }),
  })
  const reply = (await response.json()) as { ok: boolean; data?: { url: string }; error?: { message: string } }
  if (!reply.ok || !reply.data) throw new Error(reply.error?.message ?? `upload failed (HTTP ${response.status})`)
  return { url: reply.data.url }
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}
