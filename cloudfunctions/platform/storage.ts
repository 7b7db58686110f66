/**
 * Cloud storage from a function: upload a file's bytes and get a temporary download link
 * (docs/platform-facts.md §19). On WeChat Cloud both go through wx-server-sdk; the local cloud answers
 * them itself (local-cloud/runtime/sdk-bridge.ts) and keeps the bytes under `<dataDir>/files`.
 */
import { wxCloud } from './cloud'

/** Saves `content` at `cloudPath` and returns its file id (`cloud://…`). */
export async function uploadFile(cloudPath: string, content: Buffer): Promise<string> {
  const res = (await wxCloud().uploadFile({ cloudPath, fileContent: content })) as { fileID: string }
  return res.fileID
}

/** A temporary https link to a stored file, valid for `maxAgeSec` seconds. */
export async function tempFileUrl(fileId: string, maxAgeSec: number): Promise<string> {
  const res = (await wxCloud().getTempFileURL({ fileList: [{ fileID: fileId, maxAge: maxAgeSec }] })) as {
    fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[]
  }
  const file = res.fileList[0]
  if (!file || file.status !== 0 || !file.tempFileURL) throw new Error(`getTempFileURL failed for ${fileId}: ${file?.errMsg ?? 'no entry'}`)
  return file.tempFileURL
}
