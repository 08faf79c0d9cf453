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

/** The pattern without its lookarounds (what a match itself consists of). */
function withoutLookarounds(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      // Skip to the matching parenthesis (escapes and classes respected).
      let depth = 0;
      let inClass = false;
      for (; i < src.length; i++) {
        const c = src[i]!;
        if (c === '\\') i++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      continue;
    }
    out += src[i];
    if (src[i] === '\\' && i + 1 < src.length) out += src[++i];
  }
  return out;
}

/** Parts of a pattern that can match a line break: \s outside a class, a negated class without \n or \s. */
function lineBreaking(src: string): string[] {
  const out: string[] = [];
  const body = withoutLookarounds(src);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      if (body[i + 1] === 's' || body[i + 1] === 'n') out.push(body.slice(i, i + 2));
      i++;
    } else if (c === '[') {
      let j = i + 1;
      while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      const cls = body.slice(i, j + 1);
      if (cls.startsWith('[^') && !cls.includes('\\n') && !cls.includes('\\s')) out.push(cls);
      else if (!cls.startsWith('[^') && (cls.includes('\\s') || cls.includes('\\n'))) out.push(cls);
      i = j;
    }
  }
  return out;
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

  it('say so when a match may hold a line break (searched line by line otherwise)', () => {
    // The match, lookarounds aside, has no \s, \n or negated class that lets a line break in.
    expect(lineBreaking('a[^\\n]{0,3}(?!\\s?ms)b')).toEqual([]);
    expect(lineBreaking('a\\s+b[^<]c')).toEqual(['\\s', '[^<]']);
    const offenders = allGated()
      .filter((g) => !g.crosses && !g.re.flags.includes('s'))
      .map((g) => [g.re.source, lineBreaking(g.re.source)] as const)
      .filter(([, parts]) => parts.length > 0);
    expect(offenders).toEqual([]);
    expect(allGated().filter((g) => g.crosses).length).toBeGreaterThan(0);
  });

  it('skip a text without any of the words, and refuse one-character words', () => {
    const g = gated(/zzq\d+/, ['zzq'], { every: true });
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
