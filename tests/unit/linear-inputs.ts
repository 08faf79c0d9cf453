/**
 * Adversarial pastes for the linear-time tests: runs of whitespace of every kind, repeated tokens
 * and code-like numbers, plus the crafted inputs of issue #13 that once made the readers
 * super-linear. Shared by doctor-linear.test.ts and scripts (kept free of vitest imports).
 */
import fc from 'fast-check';

/** Whitespace of every kind a paste carries. */
export const WHITESPACE = [' ', '\t', '\n', '\r\n', '\r', '\u3000', '\u00a0', ' \t', '\n\n', '\t\n'];
/** Tokens the readers look for (and numbers that look like codes). */
export const TOKENS = ['okx', 'status', '报', '返回', 'error', 'code', 'Error', '"code"', '"code":', 'code=', 'msg', '错误码', '"', "'", ':', '：', '{', '}', '[', '(', '>', '=', '#',
  '2024-03-05T14:22:31.123Z', '1709648551', '1709648551123', '50113', '51008_1000', '4001', '1234', '12345', '429', 'HTTP', 'GET', 'POST', 'OK-ACCESS-KEY:', 'secret', 'apiKey=', 'okx-clock v1', 'ts=', 't0=', 'docker: ', 'Buffer.from(', 'is an invalid parameter', 'x'];

/** One piece: a run of one whitespace kind (1–20,000 long) or a token repeated 1–50 times. */
const piece = fc.oneof(
  fc.record({ s: fc.constantFrom(...WHITESPACE), n: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ s: fc.constantFrom(...TOKENS), n: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ s: fc.integer({ min: 1000, max: 99_999 }).map(String), n: fc.constant(1) }),
);

/** A paste of at least `min` characters: the generated pieces repeated until long enough. */
export function pasteArb(min: number): fc.Arbitrary<string> {
  return fc.array(piece, { minLength: 1, maxLength: 40 }).map((ps) => {
    const unit = ps.map((p) => p.s.repeat(p.n)).join('');
    return unit.repeat(Math.ceil(min / unit.length));
  });
}

/** The crafted inputs reported in issue #13 (sizes as reported), each once super-linear. */
export const CRAFTED: { name: string; tool: 'doctor' | 'clock' | 'sign'; text: string }[] = [
  { name: '8 KB of tabs around a 4-digit number', tool: 'doctor', text: '\t'.repeat(4096) + '1234' + '\t'.repeat(4096) + 'x' },
  { name: '8 KB of blank lines around a 4-digit number', tool: 'doctor', text: '\n'.repeat(4096) + '1234' + '\n'.repeat(4096) + 'x' },
  { name: '20 KB of spaces after status', tool: 'doctor', text: 'status' + ' '.repeat(20_000) },
  { name: '20 KB of tabs after 报', tool: 'doctor', text: '报' + '\t'.repeat(20_000) },
  { name: '20 KB of alternating spaces and tabs after okx', tool: 'doctor', text: 'okx' + ' \t'.repeat(10_000) },
  { name: '40 KB of alternating spaces and tabs (clock paste)', tool: 'clock', text: ' \t'.repeat(20_000) + 'x' },
  { name: '100 K blank lines in a header paste (signature request)', tool: 'sign', text: 'OK-ACCESS-KEY: abc\n' + '\n'.repeat(100_000) + 'x' },
];

/**
 * The baseline: one regular-expression pass over the same text that stops at every character
 * (`/[\s\S]/g`, counted with exec). Its cost per character does not depend on what the text holds,
 * so long runs of blanks do not make it look free. On the 1 MB corpus paste the doctor takes about
 * 10× this; a quadratic reader takes thousands of times it at 64 KB.
 */
export function baselinePass(text: string): number {
  const re = /[\s\S]/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Median wall time of `runs` calls, in ms. */
export function medianMs(runs: number, f: () => unknown): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)]!;
}
