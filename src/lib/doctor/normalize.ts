/**
 * Input clean-up before scanning: byte decoding, UTF-16 read as UTF-8 (NUL-interleaved),
 * UTF-8 read as Latin-1/cp1252 (mojibake), binary garbage. Full-width punctuation is folded by
 * FoldedLines, one unit for one, so positions in the folded text are positions in the cleaned original
 * (secrets.ts relies on this to inspect the original characters).
 */
import type { Finding } from './types.ts';

export interface Normalized {
  /** Cleaned text, not yet width-folded (secrets.ts folds and masks it in one copy: FoldedLines). */
  original: string;
  binary: boolean;
  findings: Finding[];
}

/** Decode bytes from a file or stdin: BOM-aware UTF-16 LE/BE, else UTF-8 (invalid bytes → U+FFFD). */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

// cp1252 0x80–0x9F → Unicode; reversed to recover the original bytes of mojibake.
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_BYTE = new Map<number, number>();
for (let i = 0; i < CP1252.length; i++) CP1252_BYTE.set(CP1252.charCodeAt(i), 0x80 + i);

/** Lead byte (Â–ô) followed by a continuation char: the signature of UTF-8 shown as Latin-1/cp1252. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

function repairMojibake(s: string): string | null {
  // Real non-Latin text (CJK…) cannot be mojibake of this kind: leave before the regex pass.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff && !CP1252_BYTE.has(c)) return null;
  }
  const hits = s.match(MOJIBAKE);
  if (!hits || hits.length < 2) return null;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes[i] = c <= 0xff ? c : CP1252_BYTE.get(c)!;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x3000:
    case 0x00a0:
      return 0x20;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x2033:
      return 0x22;
    case 0x2018:
    case 0x2019:
    case 0x2032:
      return 0x27;
    case 0x3001:
      return 0x2c;
    case 0x3010:
      return 0x5b;
    case 0x3011:
      return 0x5d;
    default:
      return c;
  }
}

/** Control characters (not tab, LF, CR), DEL, U+FFFD and surrogates: what the binary check counts. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const SPECIAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]/g;
/** Anything past ASCII (a character above U+007F). */
const NON_ASCII = /[\u0080-\uffff]/;
/** The characters foldChar changes. */
const FOLD = /[\uff01-\uff5e\u3000\u00a0\u201c-\u201e\u2033\u2018\u2019\u2032\u3001\u3010\u3011]/g;
const foldOne = (ch: string) => String.fromCharCode(foldChar(ch.charCodeAt(0)));

/** The text with full-width ASCII, ideographic space and curly quotes folded (one unit for one); the same string when nothing folds. */
export function foldWidth(s: string): string {
  return s.replace(FOLD, foldOne);
}

/** Lines to fold less than this far apart are folded as one piece (with the lines between them). */
const NEAR = 256;

/**
 * A text width-folded in pieces of whole lines (each ends after its line feed, or at the end): the
 * lines with something to fold, folded, and the stretches between them as they are. Only those lines
 * are copied: a new string as long as a long paste costs about one regular-expression pass. Readers
 * that stay on one line read the pieces; `slice` and `whole` give any part of the folded text.
 */
export class FoldedLines {
  /** Where each piece starts in the text, and the piece (folded). */
  readonly from: number[] = [];
  readonly pieces: string[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    // foldWidth's replace() resets FOLD.lastIndex: every exec here sets it first.
    const at = FOLD;
    at.lastIndex = 0;
    let done = 0;
    for (let m = at.exec(text); m; ) {
      const start = m.index === 0 ? 0 : text.lastIndexOf('\n', m.index - 1) + 1;
      let end = afterLine(text, m.index);
      at.lastIndex = end;
      m = at.exec(text);
      while (m && m.index < end + NEAR) {
        end = afterLine(text, m.index);
        at.lastIndex = end;
        m = at.exec(text);
      }
      if (start > done) this.add(done, text.slice(done, start));
      this.add(start, foldWidth(text.slice(start, end)));
      done = end;
    }
    if (done < text.length) this.add(done, done === 0 ? text : text.slice(done));
  }

  private add(from: number, piece: string): void {
    this.from.push(from);
    this.pieces.push(piece);
  }

  /** Each piece in order, with where it starts in the text. */
  each(read: (piece: string, from: number) => void): void {
    this.pieces.forEach((piece, p) => read(piece, this.from[p]!));
  }

  /** The piece holding position `at` (0 for an empty text). */
  pieceAt(at: number): number {
    let lo = 0;
    let hi = this.from.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.from[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The folded text between `start` and `end` (positions in the text). */
  slice(start: number, end: number): string {
    if (this.pieces.length <= 1) return (this.pieces[0] ?? '').slice(start, end);
    const out: string[] = [];
    for (let p = this.pieceAt(start); p < this.pieces.length && this.from[p]! < end; p++) {
      const from = this.from[p]!;
      out.push(this.pieces[p]!.slice(Math.max(0, start - from), end - from));
    }
    return out.length === 1 ? out[0]! : out.join('');
  }

  /** The whole text folded (the text itself when nothing folds). */
  whole(): string {
    return this.pieces.length === 1 ? this.pieces[0]! : this.pieces.length === 0 ? this.text : this.pieces.join('');
  }
}

/** Where the line holding `at` ends: after its line feed, or at the end of the text. */
function afterLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

export function normalize(input: string): Normalized {
  const findings: Finding[] = [];
  let s = input;

  // UTF-16 text decoded as UTF-8: every other unit is NUL. Binary garbage is counted in the same pass
  // (recounted below if the text changes first). The regex engine finds the few special characters.
  const counted = countSpecial(s);
  const nul = counted.nul;
  let bad = counted.bad;
  const high = NON_ASCII.test(s);
  const length = s.length;
  if (nul > 0) {
    if (nul * 4 >= s.length) findings.push({ id: 'utf16-decoded', params: {} });
    s = s.split('\u0000').join('');
  }
  // Byte-order marks and their U+FFFD remains at the start.
  s = s.replace(/^(?:\ufeff|\ufffd{1,2})/, '');

  const repaired = high ? repairMojibake(s) : null;
  if (repaired !== null) {
    s = repaired;
    findings.push({ id: 'mojibake-repaired', params: {} });
  }

  // Binary: many control characters or replacement characters (counted again if the text changed:
  // NULs, BOM, mojibake).
  const changed = s.length !== length || repaired !== null;
  if (changed) bad = countSpecial(s).bad;
  const binary = s.length > 0 && bad >= 8 && bad * 10 > s.length;

  return { original: s, binary, findings };
}

/** One special character (SPECIAL) at i: is it a NUL, and is it garbage (not half of a surrogate pair)? */
function special(s: string, i: number, out: { nul: number; bad: number }): void {
  const c = s.charCodeAt(i);
  if (c === 0) out.nul++;
  if (c < 0x80 || c === 0xfffd || !isPair(s, i)) out.bad++;
}

/**
 * NULs and garbage characters. The regex engine finds them while they are few (text); past a few
 * thousand (binary, UTF-16 read as UTF-8) one loop over the rest is cheaper than a search per character.
 */
function countSpecial(s: string): { nul: number; bad: number } {
  const out = { nul: 0, bad: 0 };
  SPECIAL.lastIndex = 0;
  let seen = 0;
  for (let m = SPECIAL.exec(s); m; m = SPECIAL.exec(s)) {
    special(s, m.index, out);
    if (++seen < 4096) continue;
    for (let i = m.index + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) special(s, i, out);
    }
    break;
  }
  return out;
}

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  const b = s.charCodeAt(i - 1);
  return b >= 0xd800 && b <= 0xdbff;
}
