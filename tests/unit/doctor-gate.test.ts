import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allGated, gated, placesOf, type Gated } from '../../src/lib/doctor/gate.ts';
import { LineIndex } from '../../src/lib/doctor/lines.ts';
import '../../src/lib/doctor/index.ts'; // declares every gated expression of the doctor
import { loadPastes } from '../fixtures/doctor/fixtures.ts';
import { readFileSync } from 'node:fs';

/** Every match of a plain global search from the start: what a gated search must equal. */
function plain(g: Gated, text: string): [number, string][] {
  const re = new RegExp(g.re.source, g.re.flags);
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** What the gate finds: every match (for expressions declared for every match) and the first. */
function viaGate(g: Gated, text: string): { all: [number, string][] | null; first: [number, string] | null } {
  const places = placesOf(text, new LineIndex(text));
  const first = places.first(g);
  return { all: g.every ? places.all(g).map((m) => [m.index, m[0]]) : null, first: first ? [first.index, first[0]] : null };
}

const real = readFileSync(new URL('../fixtures/doctor/real-pastes.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l).raw as string);
const pastes = [...loadPastes().map((p) => p.raw), ...real];

describe('gated expressions (gate.ts)', () => {
  it('find exactly what a plain search finds, on every corpus and real paste, alone and all joined', () => {
    const gates = allGated();
    expect(gates.length).toBeGreaterThan(30);
    let matched = 0;
    for (const text of [...pastes, pastes.join('\n')]) {
      for (const g of gates) {
        const want = plain(g, text);
        const got = viaGate(g, text);
        if (g.every) expect(got.all, `${g.re} on ${text.slice(0, 80)}`).toEqual(want);
        expect(got.first).toEqual(want[0] ?? null);
        if (want.length) matched++;
      }
    }
    // Not empty: the expressions do match in the corpus.
    expect(matched).toBeGreaterThan(200);
  });

  it('hold on texts built from their own words, other lines and line breaks (property)', () => {
    const gates = allGated().filter((g) => g.ids !== null);
    const piece = fc.oneof(
      fc.constantFrom(...gates.flatMap((g) => g.words ?? [])),
      fc.constantFrom(' ', '\n', ': ', ' 401 ', '403', '50113', ' 51008 ', ' HTTP/1.1 ', 'status', '"', "'", 'x', '.com', 'api.', 'error', '报错', '报 ', '返回', '签名错误', '次', '\t', 'Connection ', '  at ', '=', '-1021'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, upper) => {
        const text = upper ? parts.join('').toUpperCase() : parts.join('');
        for (const g of gates) {
          const want = plain(g, text);
          const got = viaGate(g, text);
          if (g.every) expect(got.all).toEqual(want);
          expect(got.first).toEqual(want[0] ?? null);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('skip a text without any of the words, and refuse one-character words', () => {
    const g = gated(/zzq\d+/, ['zzq'], true);
    const text = 'nothing here\n'.repeat(1000);
    expect(placesOf(text, new LineIndex(text)).first(g)).toBeNull();
    expect(viaGate(g, 'a\nb zzq12\nzzq3').all).toEqual([
      [4, 'zzq12'],
      [10, 'zzq3'],
    ]);
    expect(() => gated(/报(\d+)/, ['报'])).toThrow(/two or more/);
    const once = gated(/zzr\d+/, ['zzr']);
    expect(() => placesOf('zzr1', new LineIndex('zzr1')).all(once)).toThrow(/first match only/);
  });
});
