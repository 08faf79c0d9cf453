export const OS_IDS = ['windows', 'centos7', 'centos-stream', 'ubuntu', 'macos', 'docker', 'wsl'] as const;
export type OsId = (typeof OS_IDS)[number];
export const OS_LABELS: Record<OsId, { 'zh-cn': string; en: string }> = {
  windows: { 'zh-cn': 'Windows 10/11 与 Windows Server', en: 'Windows 10/11 and Server' },
  centos7: { 'zh-cn': 'CentOS 7（已停止维护）', en: 'CentOS 7 (end of life)' },
  'centos-stream': { 'zh-cn': 'CentOS Stream / Rocky / Alma 8–9', en: 'CentOS Stream / Rocky / Alma 8–9' },
  ubuntu: { 'zh-cn': 'Ubuntu / Debian', en: 'Ubuntu / Debian' },
  macos: { 'zh-cn': 'macOS', en: 'macOS' },
  docker: { 'zh-cn': 'Docker / Kubernetes', en: 'Docker / Kubernetes' },
  wsl: { 'zh-cn': 'WSL2', en: 'WSL2' },
};
