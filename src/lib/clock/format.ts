/**
 * Formatting of clock-check messages from a one-language table (clockMessageTable() in
 * messages.ts), kept apart from the bilingual table so browser code ships one language only.
 */
import type { ClockVerdict } from './verdict.ts';

export type ClockLang = 'en' | 'zh';

export interface ClockTable {
  lang: ClockLang;
  msgs: Record<string, string>;
}

/** Accepts the site's locale ids too ('zh-cn' → 'zh'). */
export function clockLang(lang: string): ClockLang {
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Text of a message id with {placeholders} filled in; unknown placeholders stay as they are. */
export function clockFormat(table: ClockTable, id: string, params: Record<string, string | number> = {}): string {
  const tpl = table.msgs[id] ?? id;
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** "35 ms", "45.2 s", "12 min 5 s", "8 h 0 min", "3 d 4 h" (zh: 毫秒 / 秒 / 分 / 小时 / 天). */
export function formatDuration(ms: number, lang: ClockLang | string): string {
  const zh = clockLang(lang) === 'zh';
  const u = zh ? { ms: '毫秒', s: '秒', min: '分', h: '小时', d: '天' } : { ms: 'ms', s: 's', min: 'min', h: 'h', d: 'd' };
  const a = Math.abs(ms);
  if (a < 1000) return `${Math.round(a)} ${u.ms}`;
  if (a < 60_000) return `${(Math.round(a / 100) / 10).toFixed(1)} ${u.s}`;
  const s = Math.round(a / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} ${u.min} ${s % 60} ${u.s}`;
  const m = Math.round(a / 60_000);
  if (m < 48 * 60) return `${Math.floor(m / 60)} ${u.h} ${m % 60} ${u.min}`;
  const h = Math.round(a / 3_600_000);
  return `${Math.floor(h / 24)} ${u.d} ${h % 24} ${u.h}`;
}

/** The verdict as one sentence or paragraph in the table's language. */
export function explainVerdictWith(
  table: ClockTable,
  estimate: { offsetMs: number; uncertaintyMs: number; rttMs: number },
  verdict: ClockVerdict,
): string {
  return clockFormat(table, verdict.messageId, {
    offset: formatDuration(estimate.offsetMs, table.lang),
    unc: formatDuration(estimate.uncertaintyMs, table.lang),
    rtt: formatDuration(estimate.rttMs, table.lang),
    pct: `${Math.round(verdict.fractionOfWindow * 100)}%`,
    zone: verdict.zone ? verdict.zone.label : '',
  });
}
