/**
 * Formats finding, variant and parse texts from a one-language table (see messageTable() in
 * messages.ts). Kept apart from the bilingual tables so browser code can format without them.
 */
import type { Finding, FindingParams } from './types.ts';
import { spaceCjk } from '../text.ts';

export type Lang = 'en' | 'zh';

export interface MessageTable {
  lang: Lang;
  /** id → template with {name} placeholders */
  templates: Record<string, string>;
  /** translations of enum-like param values */
  words: Record<string, string>;
}

const TRANSLATED_PARAMS = new Set(['part', 'where', 'found', 'style', 'sameJson', 'whitespaceOnly', 'missing', 'type', 'other']);
const CJK_RE = /[\u3400-\u9fff]/;
const LATIN_RE = /[A-Za-z0-9]/;


/** Text of an id in the table's language; the id itself when unknown. */
export function formatFrom(table: MessageTable, id: string, params: FindingParams = {}): string {
  const raw = table.templates[id];
  if (raw === undefined) return id;
  const lang = table.lang;
  const template = lang === 'zh' ? spaceCjk(raw) : raw;
  const word = (v: string) => table.words[v] ?? v;
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string, offset: number) => {
    const v = params[name];
    if (v === undefined) return whole;
    const s = String(v);
    let out = s;
    if (TRANSLATED_PARAMS.has(name)) {
      out = name === 'missing' ? s.split(',').map(word).join(lang === 'zh' ? '、' : ', ') : word(s);
    }
    if (lang === 'zh' && out !== '') {
      // A space between an inserted Latin/digit value and the Chinese text around it.
      const before = template[offset - 1] ?? '';
      const after = template[offset + whole.length] ?? '';
      if (CJK_RE.test(before) && LATIN_RE.test(out[0]!)) out = ' ' + out;
      if (CJK_RE.test(after) && LATIN_RE.test(out[out.length - 1]!)) out += ' ';
    }
    return out;
  });
}

/** The text of a finding: its template filled with its params and the part it is about. */
export function findingText(table: MessageTable, f: Pick<Finding, 'id' | 'part' | 'params'>): string {
  return formatFrom(table, f.id, { part: f.part, ...f.params });
}
