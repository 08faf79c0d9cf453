/**
 * Characters that survive a copy-paste but break a signature: edge whitespace,
 * newlines, zero-width characters, BOM, NBSP and other Unicode spaces,
 * full-width punctuation, smart quotes, control characters.
 */
import { stripEnd } from '../text.ts';
import type { Finding, Part } from './types.ts';

/** The OKX code a bad character in each part most likely causes (facts §9: UNCONFIRMED, hence "probable"). */
export const PART_CODE: Record<Part, string> = {
  timestamp: '50112',
  method: '50113',
  path: '50113',
  query: '50113',
  body: '50113',
  secret: '50113',
  sentUrl: '50113',
  apiKey: '50111',
  passphrase: '50105',
};

export function codepoint(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x180e]);
const NBSP = new Set([0x00a0, 0x202f, 0x2007]);
const SMART_QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

/** ASCII equivalent of a full-width character, or null. */
export function fullwidthToAscii(ch: string): string | null {
  const c = ch.codePointAt(0)!;
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCodePoint(c - 0xfee0);
  if (c === 0x3000) return ' ';
  if (c === 0x3002) return '.';
  if (c === 0x3001) return ',';
  return null;
}

export type CharClass =
  | 'char-bom'
  | 'char-zero-width'
  | 'char-nbsp'
  | 'char-unicode-space'
  | 'char-fullwidth'
  | 'char-smart-quote'
  | 'char-control'
  | 'char-newline'
  | 'char-inner-space';

/** Classifies one character; null when it is unremarkable. `index` tells a BOM (at 0) from a zero-width char. */
export function classifyChar(ch: string, index: number): CharClass | null {
  const c = ch.codePointAt(0)!;
  if (c === 0xfeff && index === 0) return 'char-bom';
  if (ZERO_WIDTH.has(c)) return 'char-zero-width';
  if (NBSP.has(c)) return 'char-nbsp';
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x1680 || c === 0x2028 || c === 0x2029) return 'char-unicode-space';
  if (fullwidthToAscii(ch) !== null) return 'char-fullwidth';
  if (ch in SMART_QUOTES) return 'char-smart-quote';
  if (ch === '\n' || ch === '\r') return 'char-newline';
  if (ch === ' ' || ch === '\t') return 'char-inner-space';
  if (c < 0x20 || c === 0x7f) return 'char-control';
  return null;
}

export interface ScanOptions {
  /** Skip full-width, smart-quote, newline and space checks at these indices (e.g. inside JSON strings or JSON whitespace). */
  skip?: (index: number, cls: CharClass) => boolean;
}

/** One finding per character class found, naming the first position and how many there are. */
export function scanChars(value: string, part: Part, opts: ScanOptions = {}): Finding[] {
  const out: Finding[] = [];
  const code = PART_CODE[part];
  const lead = /^[ \t\r\n]+/.exec(value)?.[0].length ?? 0;
  const trail = value.length > lead ? value.length - stripEnd(value, ' \t\r\n').length : 0;
  if (lead > 0 || trail > 0) {
    const where = lead > 0 && trail > 0 ? 'both' : lead > 0 ? 'start' : 'end';
    out.push({ id: 'char-edge-whitespace', part, severity: 'error', code, probable: true, params: { where } });
  }
  const seen = new Map<CharClass, Finding>();
  let i = 0;
  for (const ch of value) {
    const index = i;
    i += ch.length;
    if (index < lead || index >= value.length - trail) continue;
    const cls = classifyChar(ch, index);
    if (!cls || opts.skip?.(index, cls)) continue;
    const prev = seen.get(cls);
    if (prev) {
      prev.params.count = Number(prev.params.count) + 1;
      continue;
    }
    const params: Finding['params'] = { index, position: index + 1, count: 1, codepoint: codepoint(ch) };
    const ascii = fullwidthToAscii(ch) ?? SMART_QUOTES[ch];
    if (ascii !== undefined && ascii !== null) {
      params.char = ch;
      params.ascii = ascii;
    }
    const f: Finding = { id: cls, part, severity: 'error', code, probable: true, params };
    seen.set(cls, f);
    out.push(f);
  }
  return out;
}
