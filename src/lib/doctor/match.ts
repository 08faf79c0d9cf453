/**
 * Message matching: catalog messages compiled to word patterns, matched against pasted text.
 * Case, punctuation, quotes and a trailing period are ignored; {param0}, {0}, {ccy}… match 1–8 words.
 *
 * Words are interned as integer ids (a hash of the lower-cased letters, checked against the
 * catalog's vocabulary), so scanning a paste allocates no strings; words the catalog never uses
 * become UNKNOWN. Patterns sit in a trie keyed by their first 1–3 literal words. The cost is linear
 * in the text length.
 */
import { cjkLineSpans } from './lines.ts';
import type { MessageHit, Skip } from './types.ts';

const WILD = -2;
const UNKNOWN = -1;
const MAX_WILD = 8;
/** Lines longer than this are not searched for short (one- or two-word) messages. */
const MAX_LINE = 400;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 16777619;

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Split into ASCII alphanumeric words, lower-cased (for short texts; the scanner uses ids). */
export function tokenize(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    words.push(text.slice(i, j).toLowerCase());
    starts.push(i);
    ends.push(j);
    i = j;
  }
  return { words, starts, ends };
}

/**
 * The catalog's words, interned. Looked up in an open-addressing table of ids (typed arrays, linear
 * probing, at most half full): a long paste looks up every one of its words.
 */
class Vocab {
  private words: string[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(1024).fill(-1);

  static hash(text: string, i: number, j: number): number {
    let h = HASH_SEED;
    for (let k = i; k < j; k++) h = Math.imul(h ^ lower(text.charCodeAt(k)), HASH_PRIME);
    return h >>> 0;
  }

  add(word: string): number {
    const w = word.toLowerCase();
    const found = this.id(w, 0, w.length);
    if (found !== UNKNOWN) return found;
    const id = this.words.length;
    this.words.push(w);
    this.hashes.push(Vocab.hash(w, 0, w.length));
    if (this.words.length * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2).fill(-1);
      for (let k = 0; k < this.words.length; k++) this.place(k);
    } else this.place(id);
    return id;
  }

  /** The hash of word `id` (as Vocab.hash). */
  hashOf(id: number): number {
    return this.hashes[id]!;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashes[id]! & mask;
    while (this.table[slot] !== -1) slot = (slot + 1) & mask;
    this.table[slot] = id;
  }

  /** Id of text[i, j) (case-insensitive), or UNKNOWN. Allocates nothing. */
  id(text: string, i: number, j: number, hash = Vocab.hash(text, i, j)): number {
    const mask = this.table.length - 1;
    outer: for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id === -1) return UNKNOWN;
      if (this.hashes[id] !== hash) continue;
      const w = this.words[id]!;
      if (w.length !== j - i) continue;
      for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== lower(text.charCodeAt(i + k))) continue outer;
      return id;
    }
  }
}

/** A catalog message's words as ids; `{name}` is a wildcard, new words join the vocabulary. */
function patternIds(text: string, vocab: Vocab): Int32Array {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      let j = i + 1;
      while (j < n && j - i < 40 && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
      if (j < n && text.charCodeAt(j) === 125 /* } */) {
        out.push(WILD);
        i = j + 1;
        continue;
      }
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordChar(text.charCodeAt(j))) j++;
    out.push(vocab.add(text.slice(i, j)));
    i = j;
  }
  return Int32Array.from(out);
}

const NOT_YET = -3;

/** A 16-bit slot for two words' hashes (FNV, as Vocab.hash; signed or not, the bits are the same). */
function pairHash(h1: number, h2: number): number {
  return (Math.imul(h1, 0x9e37) ^ h2) & 0xffff;
}

/** For every UTF-16 unit: the lower-cased ASCII letter or digit, 0 for other characters (one table read per character). */
const WORD_LOWER = new Uint8Array(65536);
for (let c = 0; c < 128; c++) if (isWordChar(c)) WORD_LOWER[c] = lower(c);

/**
 * A pasted text's words: where each starts and ends and its hash, found in one pass that allocates no
 * strings. A word's id (its vocabulary entry, or UNKNOWN) is looked up only when a match reads it:
 * most words of a long paste are only checked against the bitmap of words a message can start with.
 */
class Words {
  n = 0;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  private ids: Int32Array;
  private readonly text: string;
  private readonly vocab: Vocab;

  constructor(text: string, vocab: Vocab, opts: { max?: number; skip?: Skip } = {}) {
    this.text = text;
    this.vocab = vocab;
    // One word per 4 characters or fewer in logs and traces: no doubling for most texts.
    let cap = Math.min((text.length >> 2) + 16, (opts.max ?? Infinity) + 1);
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let hashes = new Int32Array(cap);
    const n = text.length;
    const max = opts.max ?? Infinity;
    const skip = opts.skip ?? [];
    let r = 0;
    let nextSkip = skip.length > 0 ? skip[0]![0] : n;
    let w = 0;
    for (let i = 0; w < max; ) {
      // Up to the next left-out range: pass over the characters that start no word.
      const limit = nextSkip < n ? nextSkip : n;
      while (i < limit && WORD_LOWER[text.charCodeAt(i)] === 0) i++;
      if (i >= limit) {
        if (limit === n) break;
        // A left-out range (whole lines): jump over it.
        i = Math.max(i, skip[r]![1]);
        r++;
        nextSkip = r < skip.length ? skip[r]![0] : n;
        continue;
      }
      const lc = WORD_LOWER[text.charCodeAt(i)]!;
      // Scan the word and hash it in one pass (FNV-1a over lower-cased letters, as Vocab.hash).
      let h = Math.imul(HASH_SEED ^ lc, HASH_PRIME);
      let j = i + 1;
      for (; j < n; j++) {
        const ld = WORD_LOWER[text.charCodeAt(j)]!;
        if (ld === 0) break;
        h = Math.imul(h ^ ld, HASH_PRIME);
      }
      if (w === cap) {
        cap *= 2;
        const grow = (a: Int32Array) => {
          const b = new Int32Array(cap);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
        hashes = grow(hashes);
      }
      starts[w] = i;
      ends[w] = j;
      hashes[w++] = h;
      i = j;
    }
    this.n = w;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.ids = new Int32Array(w).fill(NOT_YET);
  }

  /** The vocabulary id of word i (UNKNOWN for words no message uses). */
  id(i: number): number {
    let v = this.ids[i]!;
    if (v === NOT_YET) v = this.ids[i] = this.vocab.id(this.text, this.starts[i]!, this.ends[i]!, this.hashes[i]! >>> 0);
    return v;
  }
}

interface Pattern {
  code: string;
  ids: Int32Array;
  literals: number;
  /** Leading wildcards before the first literal word (0 for most patterns). */
  lead: number;
}

/** Match pattern p (from pi) against the words t (from ti, before limit); returns the end index in t or -1. */
function matchAt(p: Int32Array, pi: number, t: Words, ti: number, limit: number, budget: { n: number }): number {
  while (pi < p.length) {
    if (--budget.n < 0) return -1;
    const w = p[pi]!;
    if (w === WILD) {
      // A wildcard takes 1..MAX_WILD words; try shortest first.
      if (pi === p.length - 1) return ti < limit ? ti + 1 : -1;
      for (let k = 1; k <= MAX_WILD && ti + k <= limit; k++) {
        const end = matchAt(p, pi + 1, t, ti + k, limit, budget);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (ti >= limit || t.id(ti) !== w) return -1;
    pi++;
    ti++;
  }
  return ti;
}

interface TrieNode {
  patterns: Pattern[];
  /** Tails of leading-wildcard patterns ("doesn't exist" of "{param0} doesn't exist"). */
  tails: Pattern[];
  next: Map<number, TrieNode>;
}

/** File a pattern (or a wildcard pattern's tail) in the trie under its first 1–3 words. */
function file(root: Map<number, TrieNode>, p: Pattern, tail: boolean): void {
  let level = root;
  let at: TrieNode | undefined;
  for (let n = 0; n < 3 && n < p.ids.length && p.ids[n] !== WILD; n++) {
    at = level.get(p.ids[n]!);
    if (!at) level.set(p.ids[n]!, (at = { patterns: [], tails: [], next: new Map() }));
    level = at.next;
  }
  (tail ? at!.tails : at!.patterns).push(p);
}

/** CJK text or full-width punctuation: Chinese prose around an English message bounds it like a quote. */
function isCjkOrFullWidth(c: number): boolean {
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

/** A message may start here: at the start of a line, after `:`, `]`, `|`, `>`, a quote or `-`, or after Chinese text. */
function isSegmentStart(text: string, prevEnd: number, start: number): boolean {
  if (prevEnd < 0) return true;
  for (let k = prevEnd; k < start; k++) {
    const c = text.charCodeAt(k);
    // \n : ] | > " ' ` -
    if (c === 10 || c === 58 || c === 93 || c === 124 || c === 62 || c === 34 || c === 39 || c === 96 || c === 45 || isCjkOrFullWidth(c)) return true;
  }
  return false;
}

/** Whether a match ending at `end` is closed before the next word at `next` by a quote or Chinese text. */
function isSegmentEnd(text: string, end: number, next: number): boolean {
  for (let k = end; k < next; k++) {
    const c = text.charCodeAt(k);
    // \n " ' `
    if (c === 10 || c === 34 || c === 39 || c === 96 || isCjkOrFullWidth(c)) return true;
  }
  return false;
}

/** Words joined by underscores (INVALID_SIGNATURE, invalid_sign_error) are one identifier, not a message. */
function inIdentifier(text: string, { starts, ends }: Words, from: number, to: number): boolean {
  if (text.charCodeAt(starts[from]! - 1) === 95 || text.charCodeAt(ends[to - 1]!) === 95) return true;
  for (let k = from + 1; k < to; k++) if (starts[k]! - ends[k - 1]! === 1 && text.charCodeAt(ends[k - 1]!) === 95) return true;
  return false;
}

export class MessageMatcher {
  private vocab = new Vocab();
  /** Patterns filed under their first 1–3 literal words; wildcard patterns under the words after the wildcard. */
  private root = new Map<number, TrieNode>();
  /**
   * Where the hash of a word filed at the root falls (hash & 0xffff): 0 for other words, which start
   * nothing; bit 2 where something is filed under the word alone. `pairBits`: 1 where the hashes of
   * two words filed one under the other fall (pairHash).
   */
  private rootBits = new Uint8Array(65536);
  private pairBits = new Uint8Array(65536);
  /** Leading-wildcard patterns, whole, for findByMessage. */
  private leadingWild: Pattern[] = [];

  constructor(entries: Iterable<[code: string, message: string]>) {
    const seen = new Set<string>();
    for (const [code, message] of entries) {
      const ids = patternIds(message, this.vocab);
      const literals = ids.filter((w) => w !== WILD).length;
      if (literals === 0) continue;
      const key = code + '\u0001' + ids.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const lead = ids.findIndex((w) => w !== WILD);
      if (lead > 0) {
        this.leadingWild.push({ code, ids, literals, lead: 0 });
        file(this.root, { code, ids: ids.slice(lead), literals, lead }, true);
      } else {
        file(this.root, { code, ids, literals, lead: 0 }, false);
      }
    }
    for (const [id, node] of this.root) {
      const h = this.vocab.hashOf(id);
      // Bit 2: something is filed under this one word (a pattern or a tail); else the next word must lead on.
      this.rootBits[h & 0xffff]! |= node.patterns.length > 0 || node.tails.length > 0 ? 3 : 1;
      for (const id2 of node.next.keys()) this.pairBits[pairHash(h, this.vocab.hashOf(id2))] = 1;
    }
  }

  /** Candidate pattern lists (and wildcard tails) for a match starting at word i. */
  private candidates(t: Words, i: number, out: Pattern[][], tails: Pattern[][] | null): void {
    out.length = 0;
    if (tails) tails.length = 0;
    let level = this.root;
    for (let n = 0; n < 3 && i + n < t.n; n++) {
      const at = level.get(t.id(i + n));
      if (!at) return;
      if (at.patterns.length) out.push(at.patterns);
      if (tails && at.tails.length) tails.push(at.tails);
      level = at.next;
    }
  }

  /** Codes whose message equals the whole text. */
  findByMessage(text: string): string[] {
    const t = new Words(text, this.vocab, { max: 81 });
    if (t.n === 0 || t.n > 80) return [];
    const out: string[] = [];
    const lists: Pattern[][] = [];
    this.candidates(t, 0, lists, null);
    lists.push(this.leadingWild);
    for (const list of lists) {
      for (const p of list) {
        if (out.includes(p.code)) continue;
        if (matchAt(p.ids, 0, t, 0, t.n, { n: 2000 }) === t.n) out.push(p.code);
      }
    }
    return out;
  }

  /** See DoctorCatalog.findInText. */
  findInText(text: string, skip: Skip = []): MessageHit[] {
    const t = new Words(text, this.vocab, { skip });
    const { starts, ends, hashes } = t;
    const rootBits = this.rootBits;
    const pairBits = this.pairBits;
    const hits: MessageHit[] = [];
    const lists: Pattern[][] = [];
    const tails: Pattern[][] = [];
    const budget = { n: 0 };
    let lineEndTok = 0;
    let lineStartTok = 0;
    let lineLen = 0;
    for (let i = 0; i < t.n; i++) {
      // Most words start no message: one bitmap read (two with the word after), and the word's id is never looked up.
      const rb = rootBits[hashes[i]! & 0xffff]!;
      if (rb === 0) continue;
      if ((rb & 2) === 0 && (i + 1 >= t.n || pairBits[pairHash(hashes[i]!, hashes[i + 1]!)] === 0)) continue;
      if (i >= lineEndTok) {
        // A new line: its extent in words (each line's words are walked once).
        const lineStart = text.lastIndexOf('\n', starts[i]) + 1;
        let nl = text.indexOf('\n', starts[i]);
        if (nl < 0) nl = text.length;
        lineLen = nl - lineStart;
        lineStartTok = i;
        while (lineStartTok > lineEndTok && starts[lineStartTok - 1]! >= lineStart) lineStartTok--;
        lineEndTok = i + 1;
        while (lineEndTok < t.n && starts[lineEndTok]! < nl) lineEndTok++;
      }
      if (t.id(i) === UNKNOWN) continue;
      const shortLine = lineLen <= MAX_LINE;
      const segStart = shortLine && isSegmentStart(text, i === 0 ? -1 : ends[i - 1]!, starts[i]!);
      this.candidates(t, i, lists, shortLine ? tails : null);
      if (shortLine) {
        // "{param0} doesn't exist": match the literal tail here, then find where the wildcard began.
        for (const list of tails) {
          for (const p of list) {
            budget.n = 500;
            if (matchAt(p.ids, 0, t, i, lineEndTok, budget) !== lineEndTok) continue;
            for (let s = i - p.lead; s >= lineStartTok && s >= i - p.lead * MAX_WILD; s--) {
              if (!isSegmentStart(text, s === 0 ? -1 : ends[s - 1]!, starts[s]!)) continue;
              hits.push({ code: p.code, start: starts[s]!, end: ends[lineEndTok - 1]!, lineEnd: true });
              break;
            }
          }
        }
      }
      for (const list of lists) {
        for (const p of list) {
          if (p.literals < 3 && !segStart) continue;
          budget.n = 500;
          const end = matchAt(p.ids, 0, t, i, t.n, budget);
          if (end < 0) continue;
          const lineEnd = segStart && end === lineEndTok;
          // Short messages ("Invalid Sign") only as a whole segment: to the end of the line, or up to a
          // quote or Chinese text ("签名错误 Invalid Sign 时间戳 …").
          if (p.literals < 3 && !lineEnd && !(segStart && end < t.n && isSegmentEnd(text, ends[end - 1]!, starts[end]!))) continue;
          if (inIdentifier(text, t, i, end)) continue;
          hits.push({ code: p.code, start: starts[i]!, end: ends[end - 1]!, lineEnd });
        }
      }
    }
    return hits;
  }
}

/** A Chinese message character worth comparing: CJK, letters, digits. Spaces and punctuation are skipped. */
function isZhChar(c: number): boolean {
  return isWordChar(c) || isCjk(c);
}

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * The text's compared characters, lower-cased, as char codes, with each one's index in the text. Only
 * lines with a CJK character are read (every Chinese pattern has one; a message is not split across a
 * line without any), and `skip` ranges are left out.
 */
function zhCodes(text: string, skip: Skip = [], cjk: Int32Array = cjkLineSpans(text)): { codes: Uint16Array; at: Int32Array } {
  // Grown by doubling: a long paste with a few Chinese lines does not pay for arrays its length.
  let codes = new Uint16Array(Math.min(text.length, 4096));
  let at = new Int32Array(codes.length);
  let n = 0;
  let r = 0;
  // Lines without a CJK character are never walked here.
  for (let l = 0; l < cjk.length; l += 2) {
    const start = cjk[l]!;
    const end = cjk[l + 1]!;
    while (r < skip.length && skip[r]![1] <= start) r++;
    if (r < skip.length && skip[r]![0] <= start && skip[r]![1] >= end) continue;
    if (n + end - start > codes.length) {
      const size = Math.max(codes.length * 2, n + end - start);
      const c2 = new Uint16Array(size);
      c2.set(codes.subarray(0, n));
      codes = c2;
      const a2 = new Int32Array(size);
      a2.set(at.subarray(0, n));
      at = a2;
    }
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isZhChar(c)) continue;
      codes[n] = lower(c);
      at[n++] = i;
    }
  }
  return { codes: codes.subarray(0, n), at: at.subarray(0, n) };
}

/** The text's compared characters as a string (isZhChar admits no surrogate, so units map one for one). */
function zhNormalize(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isZhChar(c)) s += String.fromCharCode(lower(c));
  }
  return s;
}

/** Whether `part` (a normalised string) occurs in codes at i. */
function partAt(codes: Uint16Array, i: number, part: string): boolean {
  if (i + part.length > codes.length) return false;
  for (let k = 0; k < part.length; k++) if (codes[i + k] !== part.charCodeAt(k)) return false;
  return true;
}

/** The first index in [from, to) where `part` occurs in codes, or -1 (a bounded window: from..to is short). */
function partIn(codes: Uint16Array, from: number, to: number, part: string): number {
  for (let i = from; i + part.length <= Math.min(to, codes.length); i++) if (partAt(codes, i, part)) return i;
  return -1;
}

/** A 16-bit slot for two char codes (collisions only cost a lookup). */
function pairSlot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) ^ c1) & 0xffff;
}

/** A number for the ZH_KEY (3) char codes at i: the patterns' index key. */
function zhKey(codes: ArrayLike<number>, i: number): number {
  return (codes[i]! * 65536 + codes[i + 1]!) * 65536 + codes[i + 2]!;
}

interface ZhPattern {
  code: string;
  /** Literal parts between OKX's placeholders, normalised. */
  parts: string[];
  short: boolean;
}

/** Characters a placeholder ({param0}, {ccy}) may stand for, in normalised text. */
const ZH_WILD = 24;
const ZH_KEY = 3;
/** Messages with fewer compared characters than this match too much by accident. */
const ZH_MIN = 4;
/** Messages shorter than this (请求失败, 划转冻结) count only as a whole segment of the text. */
const ZH_SHORT = 6;

/** Nothing before/after position i that would continue a Chinese phrase: text edge, space, punctuation. */
function zhBoundary(text: string, i: number): boolean {
  return i < 0 || i >= text.length || !isZhChar(text.charCodeAt(i));
}

/**
 * OKX's own Chinese messages (无效的签名, 请求时间戳过期, {param0}参数错误) found in pasted text. Spacing
 * and punctuation are ignored; a placeholder stands for up to ZH_WILD characters. Patterns are filed
 * under the first ZH_KEY characters of their first part, so a scan is linear in the text length
 * times the few patterns sharing a key.
 */
export class ZhMessageMatcher {
  private byKey = new Map<number, ZhPattern[]>();
  /** First two characters of the keys, hashed: most positions of a text are skipped on one array read. */
  private pairs = new Uint8Array(65536);
  private whole = new Map<string, string[]>();

  /** `phrase` entries (people's retellings, phrases-zh.tsv) match inside prose at any length from ZH_MIN up. */
  constructor(entries: Iterable<[code: string, message: string, phrase?: boolean]>) {
    const seen = new Set<string>();
    for (const [code, message, phrase] of entries) {
      const parts = message
        .split(/\{\w+\}/)
        .map((p) => zhNormalize(p))
        .filter((p) => p !== '');
      const literal = parts.join('');
      if (literal.length < ZH_MIN || !/[\u3400-\u9fff]/.test(literal) || parts[0]!.length < ZH_KEY) continue;
      const id = `${code}\u0001${parts.join('\u0002')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const head = [...parts[0]!.slice(0, ZH_KEY)].map((ch) => ch.charCodeAt(0));
      const key = zhKey(head, 0);
      this.pairs[pairSlot(head[0]!, head[1]!)] = 1;
      const list = this.byKey.get(key) ?? [];
      list.push({ code, parts, short: !phrase && literal.length < ZH_SHORT });
      this.byKey.set(key, list);
      if (parts.length === 1) {
        const codes = this.whole.get(literal) ?? [];
        if (!codes.includes(code)) codes.push(code);
        this.whole.set(literal, codes);
      }
    }
  }

  /** Codes whose Chinese message (without placeholders) equals the whole text. */
  findByMessage(text: string): string[] {
    return [...(this.whole.get(zhNormalize(text)) ?? [])];
  }

  /** Chinese messages inside a longer text, as spans of the original text. */
  findInText(text: string, skip: Skip = [], cjkLines?: Int32Array): MessageHit[] {
    const { codes, at } = zhCodes(text, skip, cjkLines);
    const hits: MessageHit[] = [];
    for (let i = 0; i + ZH_KEY <= codes.length; i++) {
      if (this.pairs[pairSlot(codes[i]!, codes[i + 1]!)] === 0) continue;
      const list = this.byKey.get(zhKey(codes, i));
      if (!list) continue;
      for (const p of list) {
        if (!partAt(codes, i, p.parts[0]!)) continue;
        let end = i + p.parts[0]!.length;
        let ok = true;
        for (let k = 1; k < p.parts.length && ok; k++) {
          // Bounded window: a placeholder stands for 1..ZH_WILD characters.
          const part = p.parts[k]!;
          const j = partIn(codes, end + 1, end + 1 + ZH_WILD + part.length, part);
          ok = j >= 0;
          if (ok) end = j + part.length;
        }
        if (!ok) continue;
        const start = at[i]!;
        const stop = at[end - 1]! + 1;
        if (p.short && !(zhBoundary(text, start - 1) && zhBoundary(text, stop))) continue;
        hits.push({ code: p.code, start, end: stop, lineEnd: false });
      }
    }
    return hits;
  }
}
