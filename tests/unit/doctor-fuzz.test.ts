/** Robustness of the Error Doctor: never throws, deterministic, reads large input fully (linear time: doctor-linear.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis, type DoctorCatalog } from '../../src/lib/doctor/index.ts';
import { doctorCatalog as cat, loadPastes } from '../fixtures/doctor/fixtures.ts';

const pastes = loadPastes();
const KINDS = ['codes', 'success', 'http-status', 'network', 'client-error', 'hidden-reason', 'nothing-found', 'empty', 'binary', 'too-large'];

/** Diagnose twice: no throw, no internal error, a known kind, and the same result both times. */
function sound(raw: string, c: DoctorCatalog = cat): Diagnosis {
  const a = diagnose(raw, c);
  expect(KINDS).toContain(a.kind);
  expect(a.findings.map((f) => f.id)).not.toContain('internal-error');
  expect(diagnose(raw, c)).toEqual(a);
  expect(() => JSON.stringify(a)).not.toThrow();
  return a;
}

const fixtureArb = fc.constantFrom(...pastes.map((p) => p.raw));

describe('doctor robustness (property)', () => {
  it('random strings of any unicode never throw and are deterministic', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void sound(s)), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => void sound(s)), { numRuns: 200 });
  });

  it('mutated fixtures (truncate, insert, delete, duplicate) never throw', () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.string({ unit: 'binary', maxLength: 20 }) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.constantFrom('{', '}', '"', "'", '\\', '\\"', ':', '\n', '\u0000', '｛', '“', '\ufffd', '{param0}') }),
    );
    fc.assert(
      fc.property(fixtureArb, fc.array(mutation, { minLength: 1, maxLength: 6 }), (raw, ops) => {
        let s = raw;
        for (const m of ops) {
          const at = s.length ? m.at % (s.length + 1) : 0;
          if (m.op === 'truncate') s = s.slice(0, at);
          else if (m.op === 'insert') s = s.slice(0, at) + m.s + s.slice(at);
          else s = s.slice(0, at) + s.slice(at + m.n);
        }
        sound(s);
      }),
      { numRuns: 500 },
    );
  });

  it('unbalanced JSON-ish token soup never throws', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"code"', '"sCode"', '"msg"', '"50113"', '50102', '"1"', '"0"', '"Invalid Sign"', "'code'", 'code=', '\\"', '"event"', '"error"', '"data"', 'null', '"', ' ', '\n');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }), (ts) => void sound(ts.join(''))), { numRuns: 400 });
  });

  it('every fixture wrapped in log noise still yields its code', () => {
    const withCode = pastes.filter((p) => p.code !== null && !p.raw.includes('\n') && p.shape !== 'message-only');
    fc.assert(
      fc.property(fc.constantFrom(...withCode), fc.constantFrom('', '2024-03-05 14:22:31,123 ERROR ', '[bot] ', 'ERROR: '), fc.constantFrom('', ' (retrying)', '\n'), (p, pre, post) => {
        const d = sound(pre + p.raw + post);
        expect(d.codes.map((c) => c.code)).toContain(p.code);
      }),
      { numRuns: 200 },
    );
  });
});

describe('doctor on large input', () => {
  const oneMb = (() => {
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += pastes[i % pastes.length]!.raw + '\n';
    return s;
  })();

  // Timings are printed by `npm run bench`, not asserted here: only behaviour is tested.
  it('reads 1 MB of real pastes fully', () => {
    const d = sound(oneMb);
    expect(d.kind).toBe('codes');
    expect(d.input.chars).toBeGreaterThanOrEqual(1_000_000);
    // Codes from the end of the paste are found too (no silent truncation).
    const last = `${oneMb}\n{"code":"58207","msg":"Withdrawal address isn't on the verified address list."}`;
    expect(diagnose(last, cat).codes.map((c) => c.code)).toContain('58207');
  });

  // Linear time on adversarial input: doctor-linear.test.ts (compared with a regex pass, not timed alone).

  it('1 MB of random bytes decoded as UTF-8 is binary', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let x = seed | 1;
        const bytes = new Uint8Array(1_000_000);
        for (let i = 0; i < bytes.length; i++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          bytes[i] = x & 255;
        }
        const text = new TextDecoder().decode(bytes);
        const d = sound(text);
        expect(d.kind).toBe('binary');
      }),
      { numRuns: 3 },
    );
  });
});

describe('binary check (normalize.ts)', () => {
  /** The reference: one loop over every character, as the check was first written. */
  function badCount(s: string): number {
    let bad = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const pair = c <= 0xdbff ? (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff && !pair)) bad++;
    }
    return bad;
  }

  it('says binary exactly when the reference count says so, with few or thousands of odd characters (property)', async () => {
    const { normalize } = await import('../../src/lib/doctor/normalize.ts');
    const odd = fc.constantFrom('\u0001', '\u0007', '\u001b', '\u007f', '\ufffd', '\ud83d', '\ude00', '\ud83d\ude00', 'a', ' ', '\n', '汉');
    fc.assert(
      fc.property(fc.array(odd, { maxLength: 60 }), fc.nat({ max: 6000 }), (parts, repeat) => {
        // No NUL and no BOM or U+FFFD at the start: the text is not changed before the check.
        const s = 'a' + parts.join('') + '\u0001'.repeat(repeat % 2 === 0 ? repeat : 0);
        const bad = badCount(s);
        expect(normalize(s).binary).toBe(s.length > 0 && bad >= 8 && bad * 10 > s.length);
      }),
      { numRuns: 200 },
    );
  });
});
