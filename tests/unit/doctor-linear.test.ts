/**
 * Never hang (issue #13): the doctor, the clock paste parser and the signature request parser take
 * time linear in their input, whatever the input. Each is compared with one regular-expression pass
 * over the same text (baselinePass in linear-inputs.ts), both timed as medians of a few runs on the
 * same machine at the same moment, so a loaded machine slows both alike. Linear readers stay within
 * about 20× that pass; the bars sit at 80× (crafted and generated inputs) while the super-linear
 * readers these tests were written against took thousands of times it on the same inputs.
 * Inputs stay small enough (≤ 1 MB of mostly blanks) that each check takes well under a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHostOutput } from '../../src/lib/clock/host-parse.ts';
import { diagnose } from '../../src/lib/doctor/index.ts';
import { parseRequest } from '../../src/lib/sign/parse-request.ts';
import { doctorCatalog as cat } from '../fixtures/doctor/fixtures.ts';
import { baselinePass, CRAFTED, medianMs, pasteArb } from './linear-inputs.ts';

const TOOLS = {
  doctor: (s: string) => diagnose(s, cat),
  clock: (s: string) => parseHostOutput(s),
  sign: (s: string) => parseRequest(s),
};
/** Linear readers measure 2–20× the baseline pass here; quadratic ones thousands of times. */
const BAR = 80;
/** Below this a reader is too fast to time reliably: a fixed cost (first-call set-up, a GC pause). */
const FLOOR_MS = 40;

/** Time of `f` on `text` (median of `runs`) against the baseline pass over the same text. */
function ratio(f: (s: string) => unknown, text: string, runs = 3): { ms: number; base: number } {
  f(text); // warm up (the doctor builds its message matcher on first use)
  const ms = medianMs(runs, () => f(text));
  const base = Math.max(medianMs(runs, () => baselinePass(text)), 0.05);
  return { ms, base };
}

function expectLinear(label: string, f: (s: string) => unknown, text: string, runs = 3) {
  const { ms, base } = ratio(f, text, runs);
  expect(ms, `${label}: ${ms.toFixed(1)} ms, baseline pass ${base.toFixed(2)} ms (${(ms / base).toFixed(1)}×)`).toBeLessThan(BAR * base + FLOOR_MS);
}

describe('crafted inputs of issue #13 stay linear', () => {
  for (const c of CRAFTED) {
    it(`${c.tool}: ${c.name}`, () => {
      expectLinear(c.name, TOOLS[c.tool], c.text);
      // The same input 8× longer: still a small multiple of the pass (a quadratic reader is 64× slower).
      expectLinear(`${c.name} ×8`, TOOLS[c.tool], c.text.repeat(8).slice(0, c.tool === 'sign' ? 200_000 : undefined), 1);
    });
  }

  it('still reads what the crafted inputs hold', () => {
    expect(diagnose('\t'.repeat(4096) + '50113' + '\n'.repeat(4096), cat).codes.map((c) => c.code)).toEqual(['50113']);
    expect(diagnose('报' + '\t'.repeat(2000) + '50113', cat).codes.map((c) => c.code)).toEqual(['50113']);
    expect(diagnose('status' + ' '.repeat(2000) + '429', cat).httpStatus).toBe(429);
    expect(parseRequest('OK-ACCESS-KEY: abc\n' + '\n'.repeat(1000) + 'GET /api/v5/account/balance\n')).toMatchObject({ ok: true, inputs: { method: 'GET', requestPath: '/api/v5/account/balance' } });
  });
});

describe('repetitive pastes stay linear', () => {
  // Formerly 1 MB each with a 16×-growth check; 128 KB against the baseline pass says the same, faster.
  const inputs = [
    'a'.repeat(131_072),
    '5'.repeat(131_072),
    '{'.repeat(65_536) + '"'.repeat(65_536),
    '\\'.repeat(131_072),
    '{"code":"50113","msg":"Invalid Sign"}'.repeat(3_500),
    'Order failed Insufficient margin in account parameter error '.repeat(2_200),
    'secret: "ABCDEFGHIJKLMNOP" '.repeat(5_000),
    'set passphrase=A%1$B%x% '.repeat(5_000),
    '{"code":"50113"} jwt api.binance.com '.repeat(3_500),
    'www.okx.com/ '.repeat(10_000),
    '2024-03-05T14:22:31.123Z '.repeat(5_000),
    '下单失败，错误码：'.repeat(14_000),
    'apiKey='.repeat(19_000),
    ' is '.repeat(32_000),
  ];
  for (const s of inputs) it(JSON.stringify(s.slice(0, 30)), () => expectLinear(s.slice(0, 30), TOOLS.doctor, s));
});

describe('generated pastes of 64 KB–1 MB stay linear (property)', () => {
  for (const [name, f] of Object.entries(TOOLS)) {
    it(`${name}`, () => {
      const max = name === 'sign' ? 200_000 : 1_048_576; // the request parser refuses more than 200 K
      fc.assert(
        fc.property(fc.integer({ min: 65_536, max }).chain((n) => pasteArb(n).map((s) => s.slice(0, n))), (text) => {
          expectLinear(`${name} on ${text.length} chars starting ${JSON.stringify(text.slice(0, 40))}`, f, text);
        }),
        { numRuns: 4, endOnFailure: true },
      );
    }, 240_000);
  }
});
