/** Code families: how the site groups codes. Labels live in src/i18n. */
export const FAMILIES = [
  'general',
  'auth',
  'trade',
  'data',
  'account',
  'funding',
  'block-spread',
  'convert',
  'copy-trading',
  'finance',
  'futures',
  'bot',
  'websocket',
  'ws-close',
  'legacy-v3',
  'legacy-v1',
] as const;
export type FamilyId = (typeof FAMILIES)[number];

const BY_SECTION: Record<string, FamilyId> = {
  'REST API / Public / General Class': 'general',
  'REST API / Public / API Class': 'auth',
  'REST API / Public / Trade Class': 'trade',
  'REST API / Public / Data class': 'data',
  'REST API / Account': 'account',
  'REST API / Funding': 'funding',
  'REST API / Block Trading and Spread Orderbook': 'block-spread',
  'REST API / Convert': 'convert',
  'REST API / Copy trading': 'copy-trading',
  'REST API / Finance': 'finance',
  'REST API / Futures': 'futures',
  'REST API / Trading bot': 'bot',
  'WebSocket / Public / General Class': 'websocket',
  'WebSocket / Public / Close Frame': 'ws-close',
};

/** OKX's Chinese names of its error-table sections (OKX docs-v5/zh, 错误码), for source lines on zh pages. */
const SECTION_ZH: Record<string, string> = {
  'REST API / Public / General Class': 'REST API / 公共 / 通用类',
  'REST API / Public / API Class': 'REST API / 公共 / API 类',
  'REST API / Public / Trade Class': 'REST API / 公共 / 交易类',
  'REST API / Public / Data class': 'REST API / 公共 / 数据类',
  'REST API / Account': 'REST API / 账户类',
  'REST API / Funding': 'REST API / 资金类',
  'REST API / Block Trading and Spread Orderbook': 'REST API / 大宗交易',
  'REST API / Convert': 'REST API / 闪兑',
  'REST API / Copy trading': 'REST API / 跟单交易',
  'REST API / Finance': 'REST API / 金融',
  'REST API / Futures': 'REST API / 交割合约类',
  'REST API / Trading bot': 'REST API / 策略交易',
  'WebSocket / Public / General Class': 'WebSocket / 公共 / 通用类',
  'WebSocket / Public / Close Frame': 'WebSocket / 公共 / 关闭帧',
};

/** A docs section in OKX's Chinese wording; a section we have no name for stays as OKX wrote it. */
export function sectionZh(docsSection: string): string {
  return SECTION_ZH[docsSection] ?? docsSection;
}

/** Family of a v5 code: from its OKX docs section, else inferred from its number range. */
export function familyOf(code: string, docsSection: string): FamilyId {
  const bySection = BY_SECTION[docsSection];
  if (bySection) return bySection;
  const n = Number.parseInt(code, 10);
  if (n < 10) return 'general';
  if (n < 5000) return 'ws-close';
  if (n >= 50000 && n < 50100) return 'general';
  if (n >= 50100 && n < 51000) return 'auth';
  if (n >= 51000 && n < 52000) return 'trade';
  if (n >= 52000 && n < 53000) return 'data';
  if (n >= 54000 && n < 55000) return 'account';
  if (n >= 55000 && n < 56000) return 'futures';
  if (n >= 58000 && n < 59000) return 'funding';
  if (n >= 59000 && n < 60000) return 'account';
  if (n >= 60000 && n < 70000) return 'websocket';
  return 'general';
}

export function isKnownSection(docsSection: string): boolean {
  return docsSection in BY_SECTION;
}
