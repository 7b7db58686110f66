/**
 * The real MiniprogramCiPort over miniprogram-ci 2.1.42 (see its README in node_modules). Loaded only
 * when a real deploy runs, so `--dry-run` never needs the package's heavy compiler.
 */
import { resolve } from 'node:path'
import { UPLOAD_IGNORES } from './deploy-plan'
import type { MiniprogramCiPort } from './deploy-run'

export interface CiCredentials {
  appid: string
  envId: string
  privateKeyPath: string
  /** Absolute repo root: project.config.json lives there. */
  root: string
}

export async function miniprogramCi(credentials: CiCredentials): Promise<MiniprogramCiPort> {
  const ci = await import('miniprogram-ci')
  let project: InstanceType<typeof ci.Project> | null = null
  // Created on first use: the constructor scans the project folder and reads the key file.
  const theProject = () =>
    (project ??= new ci.Project({
      appid: credentials.appid,
      type: 'miniProgram',
      // miniprogramRoot (dist/weapp/) is read from project.config.json at this path.
      projectPath: credentials.root,
      privateKeyPath: resolve(credentials.privateKeyPath),
      ignores: UPLOAD_IGNORES,
    }))

  return {
    async uploadMiniprogram(step, onProgress) {
      const result = await ci.upload({
        project: theProject(),
        version: step.version,
        desc: step.desc,
        robot: step.robot,
        setting: { useProjectConfig: true },
        onProgressUpdate: (task) => {
          if (typeof task === 'string') onProgress(task)
          else if (task.status === 'done') onProgress(task.message)
        },
      })
      const sizes = (result.subPackageInfo ?? []).map((p) => `${p.name || 'main'} ${(p.size / 1024).toFixed(0)} KB`)
      return `uploaded v${step.version}${sizes.length ? `: ${sizes.join(', ')}` : ''}`
    },
    async uploadFunction(step) {
      const result = await ci.cloud.uploadFunction({
        project: theProject(),
        env: credentials.envId,
        name: step.functionName,
        path: resolve(credentials.root, step.path),
        remoteNpmInstall: step.remoteNpmInstall,
      })
      return `${step.functionName}: ${result.filesCount} files, ${(result.packSize / 1024).toFixed(0)} KB, dependencies installed in the cloud`
    },
    async createTimeTrigger(step) {
      const message = await ci.cloud.createTimeTrigger({
        project: theProject(),
        envId: credentials.envId,
        functionName: step.functionName,
        triggersConfig: [step.trigger],
      })
      // The SDK resolves (not rejects) with this text when it dislikes the config.
      if (message !== '创建定时触发器成功') throw new Error(`createTimeTrigger: ${message}`)
      return `${step.functionName}/${step.trigger.name} "${step.trigger.config}": ${message}`
    },
  }
}
