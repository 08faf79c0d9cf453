/**
 * What a code means, in the reader's language, with OKX's `{param0}` placeholders filled from the
 * message in the paste: "Parameter posSide error" against the template "Parameter {param0} error"
 * gives 参数 `posSide` 错误, not 参数 {param0} 错误. Unfilled placeholders stay as OKX writes them.
 */
import { stripEnd } from '../text.ts';
import type { DoctorCode, Lang } from './types.ts';

const PLACEHOLDER = /\{(param\d+)\}/g;
const MAX_VALUE = 80;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trailing full stop and surrounding space do not decide a match. */
function trimEnd(s: string): string {
  return stripEnd(s.trim(), '.。').trim();
}

/** The placeholder values that make `template` read as `message`, or null when it does not. */
export function templateParams(template: string, message: string): Record<string, string> | null {
  const names: string[] = [];
  const parts = trimEnd(template).split(PLACEHOLDER);
  if (parts.length === 1) return null;
  let source = '';
  parts.forEach((p, i) => {
    if (i % 2 === 1) {
      names.push(p);
      source += '(.+?)';
    } else {
      source += escape(p).replace(/\s+/g, '\\s+');
    }
  });
  // Bounded input: (.+?) next to \s+ backtracks polynomially, so a message longer than the template
  // with every value at its longest (and a few blanks more) is not tried; it could not match anyway.
  if (message.length > template.length + names.length * MAX_VALUE + 40) return null;
  const m = new RegExp(`^${source}$`, 'i').exec(trimEnd(message));
  if (!m) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    const v = m[i + 1]!.replace(/`/g, '').trim();
    if (v === '' || v.length > MAX_VALUE || /[\r\n]/.test(v)) return null;
    out[names[i]!] ??= v;
  }
  return out;
}

/** The code's catalog message in `lang`, placeholders filled from `pasted` when it matches a variant. */
export function meaningOf(entry: DoctorCode, pasted: string | null, lang: Lang): string {
  const template = lang === 'zh' ? entry.messageZh || entry.messages[0] || '' : entry.messages[0] || '';
  if (!pasted || !/\{param\d+\}/.test(template)) return template;
  for (const variant of entry.messages) {
    const params = templateParams(variant, pasted);
    if (params) return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? `\`${params[name]}\`` : whole));
  }
  return template;
}
