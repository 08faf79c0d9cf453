/**
 * Doctor texts of one language (built by doctorText() in messages.ts) and their formatter. Kept
 * apart from the bilingual tables so the browser receives one language, as a prop, not as code.
 */
import type { Lang, Params } from './types.ts';
import { spaceCjk } from '../text.ts';

export type TextSection = 'UI' | 'SOURCES' | 'KINDS' | 'FINDINGS' | 'EVIDENCE' | 'FACTS' | 'VALUES';

export interface DoctorText {
  lang: Lang;
  tables: Record<TextSection, Record<string, string>>;
}


/** A parameter as text: lists joined as the language writes them. */
function paramText(v: string | number | string[], lang: Lang): string {
  return Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : String(v);
}

/**
 * Fill a template of one language: {name} from params (lists joined per language), a value that
 * `value(name:v)` translates replaced by its translation; Chinese gets CJK–Latin spacing.
 */
export function fillTemplate(tpl: string, lang: Lang, params: Params, value: (key: string) => string | undefined): string {
  const out = tpl.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = paramText(params[name]!, lang);
    return value(`${name}:${v}`) ?? v;
  });
  return lang === 'zh' ? spaceCjk(out) : out;
}

/** Same rules as t() in messages.ts, over one language's tables (what the browser receives). */
export function dt(text: DoctorText, section: TextSection, id: string, params: Params = {}): string {
  return fillTemplate(text.tables[section][id] ?? id, text.lang, params, (k) => text.tables.VALUES[k]);
}
