/**
 * Many literal strings found in one pass over a paste. A bitmap of the character pairs they start
 * with skips almost every position at the cost of one array read; only where one may start are the
 * strings with that first pair compared. The cost is linear in the paste length times the number of
 * strings sharing a first pair (one or two), instead of one full search per string.
 */

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A 16-bit slot for a pair of UTF-16 code units (collisions only cost a lookup). */
function slot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e37) ^ c1) & 0xffff;
}

export class Needles {
  readonly needles: readonly string[];
  private readonly foldAscii: boolean;
  /** The needles as compared (ASCII lower-cased with `foldAscii`). */
  private readonly keys: string[];
  /** 1 where some needle's first two code units hash to the slot. */
  private readonly pairs = new Uint8Array(65536);
  /**
   * Needle indices by their first two code units (c0 << 16 | c1), then by the third (two-unit
   * needles under `two`): OKX pastes say "okx" everywhere, so a pair alone would pick too many.
   */
  private readonly byPair = new Map<number, { two: number[]; third: Map<number, number[]> }>();
  /** One-character needles, searched on their own. */
  private readonly single: number[] = [];

  /**
   * @param needles the strings to find (empty ones are never found)
   * @param foldAscii match ASCII letters case-insensitively (other characters as written)
   */
  constructor(needles: readonly string[], foldAscii = false) {
    this.needles = needles;
    this.foldAscii = foldAscii;
    this.keys = needles.map((n) => (foldAscii ? n.replace(/[A-Z]/g, (ch) => ch.toLowerCase()) : n));
    this.keys.forEach((k, i) => {
      if (k.length === 1) this.single.push(i);
      if (k.length < 2) return;
      const c0 = k.charCodeAt(0);
      const c1 = k.charCodeAt(1);
      this.pairs[slot(c0, c1)] = 1;
      const key = (c0 << 16) | c1;
      let at = this.byPair.get(key);
      if (!at) this.byPair.set(key, (at = { two: [], third: new Map() }));
      if (k.length === 2) at.two.push(i);
      else {
        const c2 = k.charCodeAt(2);
        const list = at.third.get(c2);
        if (list) list.push(i);
        else at.third.set(c2, [i]);
      }
    });
  }

  /**
   * Visit every occurrence of the needles of two or more characters, left to right (at one position,
   * two-character needles first, then the others in table order), then each occurrence of
   * one-character needles. `visit` gets the needle's index
   * and the position; returning true stops the scan.
   */
  each(text: string, visit: (index: number, at: number) => boolean | void): void {
    const n = text.length;
    const fold = this.foldAscii;
    const pairs = this.pairs;
    let c0 = fold ? lowerAscii(text.charCodeAt(0)) : text.charCodeAt(0);
    for (let i = 0; i + 1 < n; i++) {
      const raw = text.charCodeAt(i + 1);
      const c1 = fold ? lowerAscii(raw) : raw;
      if (pairs[slot(c0, c1)] === 1) {
        const at = this.byPair.get((c0 << 16) | c1);
        if (at) {
          // At one position: the two-unit needles, then the longer ones sharing the third unit.
          for (const idx of at.two) if (visit(idx, i) === true) return;
          const raw2 = text.charCodeAt(i + 2);
          const list = i + 2 < n ? at.third.get(fold ? lowerAscii(raw2) : raw2) : undefined;
          if (list) {
            for (const idx of list) {
              const k = this.keys[idx]!;
              if (i + k.length > n) continue;
              let j = 3;
              if (fold) while (j < k.length && lowerAscii(text.charCodeAt(i + j)) === k.charCodeAt(j)) j++;
              else while (j < k.length && text.charCodeAt(i + j) === k.charCodeAt(j)) j++;
              if (j === k.length && visit(idx, i) === true) return;
            }
          }
        }
      }
      c0 = c1;
    }
    for (const idx of this.single) {
      const k = this.keys[idx]!;
      for (let at = 0; at < n; at++) {
        const c = text.charCodeAt(at);
        if ((fold ? lowerAscii(c) : c) === k.charCodeAt(0) && visit(idx, at) === true) return;
      }
    }
  }

  /** Which needles occur at all (indexed like the needles). */
  present(text: string): boolean[] {
    const seen = this.needles.map(() => false);
    let left = this.keys.filter((k) => k.length > 0).length;
    this.each(text, (idx) => {
      if (seen[idx]) return false;
      seen[idx] = true;
      return --left === 0;
    });
    return seen;
  }
}
