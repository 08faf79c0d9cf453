/**
 * Doctor texts of one language (built by doctorText() in messages.ts) and their formatter. Kept
 * apart from the bilingual tables so the browser receives one language, as a prop, not as code.
 */
import type { Lang, Params } from './types.ts';
import { spaceCjk } from '../text.ts';

export type TextSection = 'UI' | 'SOURCES' | 'KINDS' | 'FINDINGS' | 'EVIDENCE' | 'FACTS' | 'FIXES' | 'VALUES';

export interface DoctorText {
  lang: Lang;
  tables: Record<TextSection, Record<string, string>>;
}


/** Same rules as t() in messages.ts: {name} filled from params, param values translated via VALUES. */
/** A parameter as text: lists joined as the language writes them. */
export function paramText(v: string | number | string[], lang: Lang): string {
  return Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : String(v);
}

export function dt(text: DoctorText, section: TextSection, id: string, params: Params = {}): string {
  const tpl = text.tables[section][id] ?? id;
  const out = tpl.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = paramText(params[name]!, text.lang);
    return text.tables.VALUES[`${name}:${v}`] ?? v;
  });
  return text.lang === 'zh' ? spaceCjk(out) : out;
}
