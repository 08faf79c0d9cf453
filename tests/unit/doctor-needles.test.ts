import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LongNeedles, Needles, readWords, type WordReader } from '../../src/lib/doctor/needles.ts';

/** Every (needle, position) pair by plain indexOf: the reference the one-pass scan must equal. */
function naive(text: string, needles: string[], fold: boolean): [number, number][] {
  const hay = fold ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
  const out: [number, number][] = [];
  needles.forEach((n, idx) => {
    const k = fold ? n.replace(/[A-Z]/g, (c) => c.toLowerCase()) : n;
    if (k === '') return;
    for (let at = hay.indexOf(k); at >= 0; at = hay.indexOf(k, at + 1)) out.push([idx, at]);
  });
  return out;
}

function scan(text: string, needles: string[], fold: boolean): [number, number][] {
  const out: [number, number][] = [];
  new Needles(needles, fold).each(text, (idx, at) => {
    out.push([idx, at]);
  });
  return out;
}

const sortPairs = (xs: [number, number][]) => [...xs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('Needles (one pass for many literal strings)', () => {
  it('finds every occurrence, overlapping ones included, left to right', () => {
    const hits = scan('ccxt/base/ and node_modules/ccxt/ and ccxt/base/', ['ccxt/base/', 'ccxt/', 'node_modules/ccxt/'], false);
    expect(hits).toEqual([
      [0, 0],
      [1, 0],
      [2, 15],
      [1, 28],
      [0, 38],
      [1, 38],
    ]);
  });

  it('matches ASCII letters case-insensitively only when asked, and other characters as written', () => {
    expect(scan('BINANCE 币安 Binance', ['binance', '币安'], true)).toEqual([
      [0, 0],
      [1, 8],
      [0, 11],
    ]);
    expect(scan('BINANCE 币安 Binance', ['binance', '币安'], false)).toEqual([[1, 8]]);
  });

  it('finds one-character needles and never finds empty ones', () => {
    expect(sortPairs(scan('a=b', ['=', '', 'b'], false))).toEqual([
      [0, 1],
      [2, 2],
    ]);
  });

  it('stops when the visitor says so, and finds needles whatever their ASCII case', () => {
    const seen: number[] = [];
    new Needles(['x', 'yz']).each('x yz x yz', (idx) => {
      seen.push(idx);
      return seen.length === 2;
    });
    expect(seen).toEqual([1, 1]); // two-character needles first, then one-character ones
    const found = new Set<number>();
    new Needles(['okx', 'ccxt', 'bybit'], true).each('OKX via CCXT', (idx) => void found.add(idx));
    expect([...found].sort()).toEqual([0, 1]);
  });

  it('equals a plain indexOf search on any text (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '/', '.', '币', '安', ' ', '\n');
    const str = (max: number) => fc.array(alphabet, { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(200), fc.array(str(5), { maxLength: 8 }), fc.boolean(), (text, needles, fold) => {
        expect(sortPairs(scan(text, needles, fold))).toEqual(sortPairs(naive(text, needles, fold)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('LongNeedles (skipping search for long strings)', () => {
  it('finds every occurrence, overlapping ones included, left to right and in table order at one place (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '/', '币', ' ', '\n');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(0, 300), fc.array(str(3, 9), { maxLength: 8 }), (text, needles) => {
        const got: [number, number][] = [];
        new LongNeedles(needles).each(text, (idx, at) => got.push([idx, at]));
        const want = naive(text, needles, false).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses strings shorter than three characters', () => {
    expect(() => new LongNeedles(['ab'])).toThrow(/three/);
    expect(() => new LongNeedles([]).each('abc', () => undefined)).not.toThrow();
  });
});

/** A reader that records what it is shown, and says it has seen enough after `stopAfter` hits. */
function recorder(needles: Needles, stopAfter: number): WordReader<[number, number][]> {
  return {
    needles,
    start() {
      const seen: [number, number][] = [];
      return { visit: (idx, at) => (seen.push([idx, at]), seen.length === stopAfter), result: () => seen };
    },
  };
}

describe('readWords (several readers, one pass)', () => {
  it('shows each reader exactly what a scan of its own needles shows it, in the same order, stops included (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '/', '.', '币', '安', ' ', '\n');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(0, 200), fc.array(fc.tuple(fc.array(str(1, 6), { maxLength: 6 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 4 }), fc.boolean(), (text, sets, fold) => {
        const readers = sets.map(([needles, stop]) => recorder(new Needles(needles, fold), stop));
        const together = readWords(text, readers);
        readers.forEach((r, i) => {
          const alone: [number, number][] = [];
          r.needles.each(text, (idx, at) => (alone.push([idx, at]), alone.length === sets[i]![1]));
          expect(together[i]).toEqual(alone);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to search case-folded and exact needles together', () => {
    expect(() => readWords('x', [recorder(new Needles(['ab'], true), 0), recorder(new Needles(['ab'], false), 0)])).toThrow(/fold/);
  });
});

describe('message search with lines left out (instead of blanking them)', () => {
  it('finds exactly what a search of the text with those lines blanked finds, on every corpus paste', async () => {
    const { loadPastes, doctorCatalog: cat } = await import('../fixtures/doctor/fixtures.ts');
    const { LineIndex } = await import('../../src/lib/doctor/lines.ts');
    let skipped = 0;
    for (const { raw } of loadPastes()) {
      const lines = new LineIndex(raw);
      // Leave out every other line.
      const spans: [number, number][] = [];
      for (let l = 1; l <= lines.count; l += 2) spans.push(lines.spanOfLine(l));
      let blanked = raw;
      for (const [s, e] of spans) blanked = blanked.slice(0, s) + ' '.repeat(e - s) + blanked.slice(e);
      const left = cat.findInText(raw, spans);
      expect(left, raw.slice(0, 120)).toEqual(cat.findInText(blanked));
      if (cat.findInText(raw).length !== left.length) skipped++;
    }
    // Leaving lines out does change what is found on many pastes (the test is not vacuous).
    expect(skipped).toBeGreaterThan(20);
  });
});

describe('lines with Chinese text, found once per paste (lines.ts cjkLineSpans)', () => {
  it('are the lines holding a CJK character, and the message search given them finds what it finds on its own', async () => {
    const { loadPastes, doctorCatalog: cat } = await import('../fixtures/doctor/fixtures.ts');
    const { cjkLineSpans, LineIndex } = await import('../../src/lib/doctor/lines.ts');
    expect([...cjkLineSpans('a\n中b\nc\nx 文')]).toEqual([2, 4, 7, 10]);
    expect([...cjkLineSpans('no Chinese here\n')]).toEqual([]);
    let chinese = 0;
    for (const { raw } of loadPastes()) {
      const lines = new LineIndex(raw);
      const spans = lines.cjkLines();
      const want: number[] = [];
      for (let l = 1; l <= lines.count; l++) {
        const [s, e] = lines.spanOfLine(l);
        if (/[\u3400-\u9fff\uf900-\ufaff]/.test(raw.slice(s, e))) want.push(s, e);
      }
      expect([...spans]).toEqual(want);
      if (spans.length > 0) chinese++;
      expect(cat.findInText(raw, [], spans)).toEqual(cat.findInText(raw));
    }
    expect(chinese).toBeGreaterThan(30);
  });
});
