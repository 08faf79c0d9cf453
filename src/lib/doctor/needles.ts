/**
 * Many literal strings found in one pass over a paste. Bitmaps of hashes of the units they start with
 * (first two for every string, then three for longer ones) skip almost every position at the cost of
 * one or two array reads; only where one may start are the strings of that slot compared, kept in sorted
 * order with the prefix each shares with the one before, so a position is compared about once per
 * slot however many strings share a long prefix. The cost is linear in the paste length, instead of
 * one full search per string. LongNeedles skips through the text for a few long strings.
 */

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A string with its ASCII letters lower-cased (other characters as written): a needle as compared with `foldAscii`. */
export function lowerAsciiText(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/** Every UTF-16 code unit as compared: ASCII letters lower-cased (LOWER) or as written (SAME); one read per character. */
const SAME = new Uint16Array(65536).map((_, c) => c);
const LOWER = SAME.map(lowerAscii);

/** A 16-bit slot for a pair of UTF-16 code units (collisions only cost a lookup). */
function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) ^ c1) & 0xffff;
}

/** The (unmasked) hash of three code units: `& 0xffff` is the first filter for needles of three or more. */
function hash3(c0: number, c1: number, c2: number): number {
  return Math.imul(c0, 0x9e37) ^ Math.imul(c1, 0x85eb) ^ c2;
}

/** A 16-bit slot for four code units, from the hash of the first three. */
function slot4(h3: number, c3: number): number {
  return (Math.imul(h3, 0xc2b3) ^ c3) & 0xffff;
}

/** Lists of needle indices by 16-bit slot, flattened (CSR): slot s holds items[start[s] .. start[s + 1]). */
interface Slots {
  start: Uint32Array;
  items: Int32Array;
  /** With `keys`: each slot's needles in the keys' sort order, and how many leading units each shares with the one before. */
  lcp: Int32Array;
}

function toSlots(lists: Map<number, number[]>, keys?: readonly string[]): Slots {
  const start = new Uint32Array(65537);
  for (const [s, list] of lists) start[s + 1] = list.length;
  for (let s = 0; s < 65536; s++) start[s + 1]! += start[s]!;
  const items = new Int32Array(start[65536]!);
  const lcp = new Int32Array(items.length);
  for (const [s, list] of lists) {
    const sorted = keys ? [...list].sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b)) : list;
    items.set(sorted, start[s]!);
    if (keys) {
      for (let e = 1; e < sorted.length; e++) {
        const x = keys[sorted[e - 1]!]!;
        const y = keys[sorted[e]!]!;
        let l = 0;
        while (l < x.length && l < y.length && x.charCodeAt(l) === y.charCodeAt(l)) l++;
        lcp[start[s]! + e] = l;
      }
    }
  }
  return { start, items, lcp };
}
const NO_MUTE = new Uint8Array(0);

export class Needles {
  readonly needles: readonly string[];
  readonly foldAscii: boolean;
  /** The needles as compared (ASCII lower-cased with `foldAscii`). */
  private readonly keys: string[];
  /**
   * 1 where a two-unit needle hashes (slot); `triples` has 1 where the first three units of a longer
   * needle hash (hash3); `heads` has bit 1 where a three-unit needle does (the same slot) and bit 2
   * where a longer needle's first four do (slot4). Most positions end at one or two array reads.
   */
  private readonly pairs = new Uint8Array(65536);
  /** 1 where the first two units of any needle of two or more hash (slot): the first filter at every position. */
  private readonly starts = new Uint8Array(65536);
  private readonly triples = new Uint8Array(65536);
  private readonly heads = new Uint8Array(65536);
  /** Needles by slot: two-unit ones (table order), three-unit and longer ones (sorted, see matchSorted); collisions are checked. */
  private readonly hasTwo: boolean;
  private readonly twoAt: Slots;
  private readonly threeAt: Slots;
  private readonly longAt: Slots;
  /** One-character needles, searched on their own. */
  private readonly single: number[] = [];

  /**
   * @param needles the strings to find (empty ones are never found)
   * @param foldAscii match ASCII letters case-insensitively (other characters as written)
   */
  constructor(needles: readonly string[], foldAscii = false) {
    this.needles = needles;
    this.foldAscii = foldAscii;
    this.keys = needles.map((n) => (foldAscii ? lowerAsciiText(n) : n));
    const twoAt = new Map<number, number[]>();
    const threeAt = new Map<number, number[]>();
    const longAt = new Map<number, number[]>();
    const add = (at: Map<number, number[]>, key: number, i: number) => {
      const list = at.get(key);
      if (list) list.push(i);
      else at.set(key, [i]);
    };
    this.keys.forEach((k, i) => {
      if (k.length === 1) this.single.push(i);
      if (k.length < 2) return;
      const c0 = k.charCodeAt(0);
      const c1 = k.charCodeAt(1);
      const s2 = slot(c0, c1);
      this.starts[s2] = 1;
      if (k.length === 2) {
        this.pairs[s2] = 1;
        add(twoAt, s2, i);
        return;
      }
      const h3 = hash3(c0, c1, k.charCodeAt(2));
      this.triples[h3 & 0xffff] = 1;
      if (k.length === 3) {
        this.heads[h3 & 0xffff]! |= 1;
        add(threeAt, h3 & 0xffff, i);
      } else {
        const s4 = slot4(h3, k.charCodeAt(3));
        this.heads[s4]! |= 2;
        add(longAt, s4, i);
      }
    });
    this.twoAt = toSlots(twoAt);
    this.threeAt = toSlots(threeAt, this.keys);
    this.longAt = toSlots(longAt, this.keys);
    this.hasTwo = twoAt.size > 0;
  }

  /**
   * Visit every occurrence of the needles of two or more characters, left to right (at one position,
   * two-character needles first, then the others in table order), then each occurrence of
   * one-character needles. `visit` gets the needle's index
   * and the position; returning true stops the scan. Needles whose `muted` entry is 1 (set by the
   * caller, also while the scan runs) are no longer compared.
   */
  each(text: string, visit: (index: number, at: number) => boolean | void, muted: Uint8Array = NO_MUTE): void {
    const n = text.length;
    const fold = this.foldAscii;
    const pairs = this.pairs;
    const starts = this.starts;
    const triples = this.triples;
    const heads = this.heads;
    const hasTwo = this.hasTwo;
    const keys = this.keys;
    const { start: twoStart, items: twoItems } = this.twoAt;
    const threeStart = this.threeAt.start;
    const longStart = this.longAt.start;
    const low = fold ? LOWER : SAME;
    let c0 = low[text.charCodeAt(0)]!;
    let c1 = n > 1 ? low[text.charCodeAt(1)]! : -1;
    for (let i = 0; i + 1 < n; i++) {
      // Most positions end here, in a tight loop: no needle starts with their two units.
      while (i + 2 < n && starts[slot(c0, c1)] !== 1) {
        c0 = c1;
        c1 = low[text.charCodeAt(i + 2)]!;
        i++;
      }
      const c2 = i + 2 < n ? low[text.charCodeAt(i + 2)]! : -1;
      const s2 = slot(c0, c1);
      if (starts[s2] === 1) {
        // At one position: the two-unit needles, then the longer ones in table order.
        if (hasTwo && pairs[s2] === 1) {
          for (let e = twoStart[s2]!; e < twoStart[s2 + 1]!; e++) {
            const idx = twoItems[e]!;
            const k = keys[idx]!;
            if (muted[idx] !== 1 && k.charCodeAt(0) === c0 && k.charCodeAt(1) === c1 && visit(idx, i) === true) return;
          }
        }
        const h3 = hash3(c0, c1, c2);
        if (c2 >= 0 && triples[h3 & 0xffff] === 1) {
          const s3 = h3 & 0xffff;
          const c3 = i + 3 < n ? low[text.charCodeAt(i + 3)]! : -2;
          const s4 = slot4(h3, c3);
          let found = 0;
          if ((heads[s3]! & 1) !== 0) found = this.matchSorted(text, i, low, threeStart[s3]!, threeStart[s3 + 1]!, this.threeAt, found);
          if (c3 !== -2 && (heads[s4]! & 2) !== 0) found = this.matchSorted(text, i, low, longStart[s4]!, longStart[s4 + 1]!, this.longAt, found);
          if (found > 1) this.found.subarray(0, found).sort();
          for (let f = 0; f < found; f++) {
            const idx = this.found[f]!;
            if (muted[idx] !== 1 && visit(idx, i) === true) return;
          }
        }
      }
      c0 = c1;
      c1 = c2;
    }
    for (const idx of this.single) {
      if (muted[idx] === 1) continue;
      const k = this.keys[idx]!;
      for (let at = 0; at < n; at++) {
        const c = text.charCodeAt(at);
        if ((fold ? lowerAscii(c) : c) === k.charCodeAt(0) && visit(idx, at) === true) return;
      }
    }
  }

  /** Needles matched at one position, in table order once sorted (a scratch list). */
  private found = new Int32Array(16);

  /**
   * The needles of one slot (sorted, with their shared prefixes) that match the text at i, added to
   * `found` from `count` on. A needle sharing more with the one before than that one matched
   * fails where it failed, and one sharing less fails where they differ: each unit of the text is
   * compared about once per slot, however many needles share a long prefix (frames such as
   * `ccxt/base/…`).
   */
  private matchSorted(text: string, i: number, low: Uint16Array, from: number, to: number, slots: Slots, count: number): number {
    const { items, lcp } = slots;
    const keys = this.keys;
    const room = text.length - i;
    let ml = 0;
    for (let e = from; e < to; e++) {
      if (e > from) {
        const shared = lcp[e]!;
        if (shared < ml) {
          ml = shared;
          continue;
        }
        if (shared > ml) continue;
      }
      const idx = items[e]!;
      const k = keys[idx]!;
      const lim = Math.min(k.length, room);
      let j = ml;
      while (j < lim && low[text.charCodeAt(i + j)] === k.charCodeAt(j)) j++;
      ml = j;
      if (j === k.length) {
        if (count === this.found.length) {
          const more = new Int32Array(count * 2);
          more.set(this.found);
          this.found = more;
        }
        this.found[count++] = idx;
      }
    }
    return count;
  }
}

/** A reader's visitor returns this when it needs no more places of that needle. */
export const ENOUGH = 2;

/**
 * What one set of needles reads from a paste: `start` gives a visitor for one scan (its own indices,
 * in its own order, as Needles.each gives them; returning true says it has seen enough of all, ENOUGH
 * of that needle) and its result.
 */
export interface WordReader<T> {
  readonly needles: Needles;
  start(text: string): { visit: (index: number, at: number) => boolean | typeof ENOUGH | void; result: () => T };
}

type Results<R extends readonly WordReader<unknown>[]> = { [K in keyof R]: R[K] extends WordReader<infer T> ? T : never };

interface Union {
  all: Needles;
  /** Which reader owns each needle of `all`, and the needle's index in that reader's set. */
  owner: Int32Array;
  local: Int32Array;
}

/** Unions built once per list of needle sets (nested by set, so a catalog's sets are freed with it). */
interface UnionNode {
  union?: Union;
  next: WeakMap<Needles, UnionNode>;
}
const unions = new WeakMap<Needles, UnionNode>();

function unionOf(sets: readonly Needles[]): Union {
  let level = unions;
  let node: UnionNode | undefined;
  for (const s of sets) {
    node = level.get(s);
    if (!node) level.set(s, (node = { next: new WeakMap() }));
    level = node.next;
  }
  if (node!.union) return node!.union;
  const fold = sets[0]!.foldAscii;
  if (sets.some((s) => s.foldAscii !== fold)) throw new TypeError('needle sets searched together must fold case alike');
  const owner: number[] = [];
  const local: number[] = [];
  sets.forEach((s, r) => s.needles.forEach((_, i) => (owner.push(r), local.push(i))));
  return (node!.union = { all: new Needles(sets.flatMap((s) => s.needles), fold), owner: Int32Array.from(owner), local: Int32Array.from(local) });
}

/**
 * Several readers' needles found in one pass over the paste (instead of one pass per reader). Each
 * reader sees exactly what a scan of its own needles would show it; the pass ends when every reader
 * has seen enough.
 */
export function readWords<const R extends readonly WordReader<unknown>[]>(text: string, readers: R): Results<R> {
  const runs = readers.map((r) => r.start(text));
  if (runs.length > 0) {
    const { all, owner, local } = unionOf(readers.map((r) => r.needles));
    const done = runs.map(() => false);
    let left = runs.length;
    // Needles a reader has seen enough of are no longer compared: a word on every line of a log costs
    // one comparison, not one per line.
    const muted = new Uint8Array(all.needles.length);
    all.each(
      text,
      (idx, at) => {
        const r = owner[idx]!;
        if (done[r]) return false;
        const said = runs[r]!.visit(local[idx]!, at);
        if (said === ENOUGH) muted[idx] = 1;
        if (said !== true) return false;
        done[r] = true;
        return --left === 0;
      },
      muted,
    );
  }
  return runs.map((run) => run.result()) as Results<R>;
}

/**
 * Long literal strings (three characters or more, compared as written) found by skipping: a window as
 * long as the shortest of them slides along the text, and the last two characters of the window say
 * how far it may jump (Wu–Manber). Few, long, rare strings (the secret values masked everywhere in a
 * paste) are found in a fraction of one pass. Visits every occurrence, overlapping ones included, left
 * to right, and at one position in table order.
 */
export class LongNeedles {
  readonly needles: readonly string[];
  private readonly m: number;
  /** Jump for the hash of a window's last two characters (m - 1 for pairs no needle has in its first m). */
  private readonly shift: Uint8Array;
  /** Needles by the hash of the last two of their first m characters (table order). */
  private readonly at = new Map<number, number[]>();

  constructor(needles: readonly string[]) {
    if (needles.some((n) => n.length < 3)) throw new TypeError('LongNeedles: needles of three or more characters');
    this.needles = needles;
    this.m = needles.length ? Math.min(255, ...needles.map((n) => n.length)) : 3;
    const m = this.m;
    this.shift = new Uint8Array(65536).fill(m - 1);
    needles.forEach((k, idx) => {
      for (let j = 1; j < m; j++) {
        const h = slot(k.charCodeAt(j - 1), k.charCodeAt(j));
        const s = m - 1 - j;
        if (s < this.shift[h]!) this.shift[h] = s;
      }
      const h = slot(k.charCodeAt(m - 2), k.charCodeAt(m - 1));
      const list = this.at.get(h);
      if (list) list.push(idx);
      else this.at.set(h, [idx]);
    });
  }

  each(text: string, visit: (index: number, at: number) => void): void {
    const n = text.length;
    const m = this.m;
    if (this.needles.length === 0) return;
    const shift = this.shift;
    for (let e = m - 1; e < n; ) {
      const h = slot(text.charCodeAt(e - 1), text.charCodeAt(e));
      const s = shift[h]!;
      if (s > 0) {
        e += s;
        continue;
      }
      const start = e - m + 1;
      for (const idx of this.at.get(h) ?? []) {
        const k = this.needles[idx]!;
        if (start + k.length <= n && text.startsWith(k, start)) visit(idx, start);
      }
      e++;
    }
  }
}
