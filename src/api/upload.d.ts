/**
 * Declaration for the per-platform media upload: upload.weapp.ts puts the file in WeChat cloud storage
 * (Taro.cloud.uploadFile → a cloud:// file id), upload.h5.ts posts it to the local cloud's file store
 * (→ a /files/… URL). Pages call uploadMedia and store whatever URL comes back.
 */
export interface UploadedMedia {
  url: string
}

/** `localPath` is what Taro.chooseMedia / chooseImage returned; `folder` e.g. `products`. */
export function uploadMedia(localPath: string, folder: string): Promise<UploadedMedia>
