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
    id: 'clock',
    path: '/tools/clock/',
    title: { zh: '时钟检查', en: 'Clock check' },
    summary: {
      zh: '测量机器人主机和浏览器的时钟与 OKX 服务器时间的偏差，对照 30 秒窗口给出结论。',
      en: 'Measure your bot host’s and browser’s clock against OKX server time, judged against the 30 s window.',
    },
    codes: ['50102', '60006', '30008', '50112', '60004', '30005'],
  },
];

export function toolsForCode(code: string): ToolLink[] {
  const base = code.split('_')[0] ?? code;
  return TOOLS.filter((t) => t.codes.includes(code) || t.codes.includes(base));
}
