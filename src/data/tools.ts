/** Tool pages and the codes each helps with. Paths are locale-free. */
export interface ToolLink {
  id: string;
  path: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
  codes: string[];
}

export const TOOLS: ToolLink[] = [
  {
    id: 'doctor',
    path: '/doctor/',
    title: { zh: '错误诊断', en: 'Error Doctor' },
    summary: {
      zh: '粘贴报错、日志或堆栈：得到错误码、按证据排序的原因和解决办法。',
      en: 'Paste an error, a log or a stack trace: the code, the ranked causes with evidence, and the fix.',
    },
    codes: [],
  },
  {
    id: 'signature',
    path: '/tools/signature/',
    title: { zh: '签名检查', en: 'Signature checker' },
    summary: {
      zh: '构造待签名字符串和签名，逐项检查，找出导致错误签名的具体原因。',
      en: 'Build the prehash and signature, check each part, and find which mistake produced your wrong signature.',
    },
    codes: ['50113', '60007', '30013', '50112', '50106', '50107'],
  },
  {
    id: 'keys',
    path: '/tools/keys/',
    title: { zh: 'API Key 检查', en: 'Key check' },
    summary: {
      zh: '找出 API Key、SecretKey 和 Passphrase 中的隐藏字符、填错字段和格式问题。',
      en: 'Find hidden characters, swapped fields and format problems in API key, SecretKey and Passphrase.',
    },
    codes: ['50111', '50105', '50104', '50103', '60005', '60024', '30006', '30015', '30001', '30004'],
  },
  {
    id: 'clock',
    path: '/tools/clock/',
    title: { zh: '时钟检查', en: 'Clock check' },
    summary: {
      zh: '测量机器人主机和浏览器的时钟与 OKX 服务器时间的偏差，对照 30 秒窗口给出结论。',
      en: 'Measure your bot host’s and browser’s clock against OKX server time, judged against the 30 s window.',
    },
    codes: ['50102', '60006', '30008', '50112', '60004', '30005'],
  },
  {
    id: 'cli',
    path: '/tools/cli/',
    title: { zh: '命令行工具', en: 'Command line' },
    summary: {
      zh: '一个文件，在机器人主机上用 Node 运行：诊断日志、跟踪运行中的机器人、检查签名和时钟。',
      en: 'One file to run with Node on your bot host: diagnose a log, follow a running bot, check signatures and the clock.',
    },
    codes: [],
  },
];

export function toolsForCode(code: string): ToolLink[] {
  const base = code.split('_')[0] ?? code;
  return TOOLS.filter((t) => t.codes.includes(code) || t.codes.includes(base));
}
