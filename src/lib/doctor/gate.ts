/**
 * Regular expressions that run only where they can match. Each is declared with the literal words
 * that every one of its matches contains (ASCII case-insensitive), with none of its text before that
 * word on an earlier line. The paste's one pass over words (needles.ts) finds where those words are,
 * and the expression is searched on those lines only (as a slice of the text that reaches LOOK
 * characters into the next line, for lookaheads); one whose match may cross lines (`crosses`) is
 * searched from the first such line on. A paste without any of the words is not searched at all.
 * The matches are exactly those of a plain global search (a unit test checks every gated expression
 * on every corpus and real paste, and on generated texts).
 */
import type { LineIndex } from './lines.ts';
import { lowerAsciiText, Needles, readWords, type WordReader } from './needles.ts';

export interface Gated {
  /** The expression with the global flag (its own copy: lastIndex is set before every search). */
  readonly re: RegExp;
  /**
   * Its words, as indices into the registry; 'cjk': every match lies on a line with Chinese text
   * (searched on those lines only); null: no word every match holds, the whole text is searched.
   */
  readonly ids: readonly number[] | 'cjk' | null;
  readonly words: readonly string[] | null;
  /** Searched for every match (WordPlaces.all, each), not only the first (WordPlaces.first). */
  readonly every: boolean;
  /** A match may hold a line break (`\s+` between words): searched from a line on, not line by line. */
  readonly crosses: boolean;
  /** Lines with Chinese text count as places too (for alternatives in Chinese shorter than two characters: 报). */
  readonly orCjk: boolean;
  /** Every match starts with one of the words: tried only where they are (a sticky copy), no search at all. */
  readonly sticky: RegExp | null;
}

/** How far past a line's end a lookahead may look (what the line's slice reaches into the next line). */
const LOOK = 64;
/** Lines with places closer than this are searched as one slice (fewer searches where places are dense). */
const GAP = 2048;

const WORDS: string[] = [];
const IDS = new Map<string, number>();
const ALL: Gated[] = [];
let needles: Needles | null = null;

/**
 * Declare a gated expression (at module load): `words` are literal texts, one of which every match
 * contains; 'cjk' where every match lies on a line holding a CJK character; null where neither can be
 * said: it searches everywhere.
 */
export function gated(re: RegExp, words: readonly string[] | 'cjk' | null, opts: { every?: boolean; crosses?: boolean; orCjk?: boolean; starts?: boolean } = {}): Gated {
  const every = opts.every ?? false;
  if (opts.starts && (!Array.isArray(words) || opts.orCjk)) throw new TypeError(`gated ${re}: a match that starts at a word needs words`);
  if (Array.isArray(words) && (words.length === 0 || words.some((w) => w.length < 2))) throw new TypeError(`gated ${re}: words of two or more characters are needed`);
  const ids: Gated['ids'] = words === 'cjk' ? 'cjk' : words?.map((w) => {
    const k = lowerAsciiText(w);
    let id = IDS.get(k);
    if (id === undefined) {
      id = WORDS.length;
      WORDS.push(k);
      IDS.set(k, id);
      needles = null;
    }
    return id;
  }) ?? null;
  const g: Gated = {
    re: new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'),
    ids,
    words: words === 'cjk' ? null : words,
    every,
    crosses: opts.crosses ?? false,
    orCjk: opts.orCjk ?? false,
    sticky: opts.starts ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null,
  };
  ALL.push(g);
  return g;
}

/** Every gated expression declared so far (for the equivalence test). */
export function allGated(): readonly Gated[] {
  return ALL;
}

/** The places of the gated expressions' words, read in the paste's one pass over words. */
export const GATE_WORDS: WordReader<number[][]> = {
  get needles() {
    return (needles ??= new Needles(WORDS, true));
  },
  start() {
    const at = WORDS.map((): number[] => []);
    return {
      visit(idx, pos) {
        at[idx]!.push(pos);
      },
      result: () => at,
    };
  },
};

/** Where the gated expressions may match in one paste. */
export class WordPlaces {
  private readonly merged = new Map<Gated, ArrayLike<number>>();
  readonly text: string;
  private readonly at: number[][];
  private readonly lines: LineIndex;

  constructor(text: string, at: number[][], lines: LineIndex) {
    this.text = text;
    this.at = at;
    this.lines = lines;
  }

  private cjk: number[] | null = null;

  /** The ends of the lines holding a CJK character. */
  private cjkLineEnds(): number[] {
    if (this.cjk) return this.cjk;
    const spans = this.lines.cjkLines();
    const out: number[] = [];
    for (let k = 1; k < spans.length; k += 2) out.push(spans[k]!);
    return (this.cjk = out);
  }

  /** The places of any of g's words (or the ends of its lines), in order. */
  private placesOf(g: Gated): ArrayLike<number> {
    let p = this.merged.get(g);
    if (!p) {
      const ids = g.ids;
      p = !ids ? [] : ids === 'cjk' ? this.cjkLineEnds() : ids.length === 1 && !g.orCjk ? this.at[ids[0]!] ?? [] : merge([...ids.map((id) => this.at[id] ?? []), g.orCjk ? this.cjkLineEnds() : []]);
      this.merged.set(g, p);
    }
    return p;
  }

  /** The first match, as `g.re.exec` from the start of the text would find it. */
  first(g: Gated): RegExpExecArray | null {
    let found: RegExpExecArray | null = null;
    this.search(g, (m) => {
      found = m;
      return true;
    });
    return found;
  }

  /** Whether the expression matches anywhere. */
  has(g: Gated): boolean {
    return this.first(g) !== null;
  }

  /** Every match in order (at most `limit`), as a loop over the global expression finds them. */
  all(g: Gated, limit = Infinity): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (limit > 0) this.each(g, (m) => out.push(m) >= limit);
    return out;
  }

  /** Visit every match in order until `visit` returns true. */
  each(g: Gated, visit: (m: RegExpExecArray) => boolean | void): void {
    if (!g.every) throw new TypeError(`${g.re}: declared for its first match only (gated(re, words, { every: true }) to search every match)`);
    this.search(g, visit);
  }

  private search(g: Gated, visit: (m: RegExpExecArray) => boolean | void): void {
    const { re } = g;
    const text = this.text;
    if (!g.ids) {
      for (re.lastIndex = 0; ; ) {
        const m = re.exec(text);
        if (!m || visit(m) === true) return;
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    const p = this.placesOf(g);
    let k = 0;
    let from = 0;
    for (;;) {
      // A match starting at or after `from` holds a word at or after it, on the same line.
      while (k < p.length && p[k]! < from) k++;
      if (k >= p.length) return;
      if (g.sticky) {
        // A match starts at a word: try each place once, in order (a place inside a match is passed).
        g.sticky.lastIndex = p[k]!;
        const m = g.sticky.exec(text);
        k++;
        if (!m) continue;
        if (visit(m) === true) return;
        from = m.index + Math.max(m[0].length, 1);
        continue;
      }
      const lineStart = this.lines.startOf(p[k]!);
      if (g.crosses) {
        re.lastIndex = Math.max(from, lineStart);
        const m = re.exec(text);
        if (!m || visit(m) === true) return;
        from = m.index + Math.max(m[0].length, 1);
        continue;
      }
      // Within a run of lines with places (a gap under GAP characters joins two): its slice, with LOOK
      // characters past its end for lookaheads. A match starts on one of the run's lines; lines in the
      // gaps hold no place, so no match either.
      const runStart = lineStart;
      let runEnd = lineEnd(text, p[k]!);
      while (k + 1 < p.length && p[k + 1]! <= runEnd + GAP) if (p[++k]! > runEnd) runEnd = lineEnd(text, p[k]!);
      const slice = text.slice(runStart, Math.min(text.length, runEnd + 1 + LOOK));
      re.lastIndex = Math.max(from, runStart) - runStart;
      for (;;) {
        const m = re.exec(slice);
        if (!m || m.index >= runEnd - runStart) break;
        m.index += runStart;
        if (visit(m) === true) return;
        re.lastIndex = m.index - runStart + Math.max(m[0].length, 1);
      }
      from = runEnd + 1;
    }
  }
}

/** Lists of places as one list in order (a numeric sort of a typed array: no comparison callback). */
function merge(lists: number[][]): Int32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  const out = new Int32Array(n);
  let at = 0;
  for (const l of lists) {
    out.set(l, at);
    at += l.length;
  }
  return out.sort();
}

/** The end of the line holding `pos`: its newline, or the end of the text. */
function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** The places for a text read on its own (callers outside the diagnosis, and tests). */
export function placesOf(text: string, lines: LineIndex): WordPlaces {
  return new WordPlaces(text, readWords(text, [GATE_WORDS])[0], lines);
}
