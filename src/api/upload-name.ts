/** A collision-free storage path that keeps the file's extension, e.g. `products/1732590000000-k3x9.jpg`. */
export function storagePath(localPath: string, folder: string, now = Date.now()): string {
  const ext = /\.([A-Za-z0-9]{1,5})(?:\?|$)/.exec(localPath)?.[1]?.toLowerCase() ?? 'jpg'
  const safeFolder = folder.replace(/[^A-Za-z0-9_-]/g, '') || 'uploads'
  return `${safeFolder}/${now}-${Math.random().toString(36).slice(2, 8)}.${ext}`
}
