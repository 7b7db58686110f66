import Taro from '@tarojs/taro'
import { storagePath } from './upload-name'

export async function uploadMedia(localPath: string, folder: string): Promise<{ url: string }> {
  const result = await Taro.cloud.uploadFile({ cloudPath: storagePath(localPath, folder), filePath: localPath })
  return { url: result.fileID }
}
