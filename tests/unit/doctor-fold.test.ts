/**
 * Width folding (normalize.ts FoldedLines) and the secret scan that reads through it (secrets.ts): the
 * scan folds only the lines that need it and makes one copy of the paste; what it masks and reports
 * must be what a scan of the whole paste folded first would mask and report, whatever is written
 * full-width or with curly quotes (python-okx's positional arguments are read from the unfolded text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldedLines, foldWidth } from '../../src/lib/doctor/normalize.ts';
import { scanSecrets, type SecretScan } from '../../src/lib/doctor/secrets.ts';
import { loadPastes } from '../fixtures/doctor/fixtures.ts';

/** Characters that fold to ASCII (foldWidth), and ASCII's own forms. */
const FOLDS: Record<string, string[]> = {
  '"': ['\u201c', '\u201d', '\u201e', '\u2033', '\uff02'],
  "'": ['\u2018', '\u2019', '\u2032', '\uff07'],
  ',': ['\uff0c', '\u3001'],
  ' ': ['\u3000', '\u00a0'],
  '[': ['\u3010', '\uff3b'],
  ']': ['\u3011', '\uff3d'],
};
/** One character written another way that folds back to it (full-width for other printable ASCII). */
function unfoldChar(ch: string, pick: number): string {
  const alts = FOLDS[ch];
  if (alts) return alts[pick % alts.length]!;
  const c = ch.charCodeAt(0);
  return c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch;
}

describe('FoldedLines', () => {
  const unit = fc.constantFrom('a', 'Z', '0', ' ', ':', '"', "'", ',', '\n', '\n', '\r', '中', '：', '“', '”', '\u3000', '\u00a0', '、', '【', 'ａ', '\uff5e', '\uff5f');
  const text = fc.array(unit, { maxLength: 3000 }).map((a) => a.join(''));

  it('is the text folded, in pieces of whole lines, and any slice of it is the folded slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const f = new FoldedLines(s);
        const want = foldWidth(s);
        expect(f.whole()).toBe(want);
        expect(f.pieces.join('')).toBe(want);
        f.pieces.forEach((p, i) => {
          expect(f.from[i]).toBe(f.pieces.slice(0, i).reduce((n, q) => n + q.length, 0));
          if (i < f.pieces.length - 1) expect(p.endsWith('\n')).toBe(true);
          expect(f.pieceAt(f.from[i]!)).toBe(i);
        });
        const [lo, hi] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(f.slice(lo, hi)).toBe(want.slice(lo, hi));
      }),
      { numRuns: 300 },
    );
  });

  it('copies only the lines that fold: a long text with nothing to fold is one piece, itself', () => {
    const plain = 'INFO heartbeat ok\n'.repeat(5000);
    const f = new FoldedLines(plain);
    expect(f.pieces).toEqual([plain]);
    expect(f.whole()).toBe(plain);
    const mixed = `${plain}签名错误：50113\n${plain}`;
    const g = new FoldedLines(mixed);
    expect(g.pieces.map((p) => p.length)).toEqual([plain.length, '签名错误：50113\n'.length, plain.length]);
    expect(g.pieces[1]).toBe('签名错误:50113\n');
  });
});

/** A scan without the facts that read the unfolded characters themselves (full-width inside a value). */
function comparable(s: SecretScan): unknown {
  return { ...s, secrets: s.secrets.map(({ fullwidth: _, ...rest }) => rest) };
}

describe('scanSecrets reads a paste as folded, however it is written', () => {
  const pastes = loadPastes().filter((p) => (p.secrets ?? []).length > 0 || /API\(|secret|passphrase|key/i.test(p.raw));
  const positional = [
    'accountAPI = Account.AccountAPI("5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01", "C8FAKE00SECRET0011C8FAKE22SECRET", "Tr4de#Bot2024", False, "0")\n{"msg":"Invalid Sign","code":"50113"}',
    "tradeAPI = Trade.TradeAPI(\n    'c1a2b3d4-0000-4000-8000-000000000001',\n    'SECRETSECRETSECRET0123456789ABCD',\n    'Pass#2024x', False, '1')",
    'api = MarketAPI( "k3y-value-123" ,\t"s3cret-value-456",  "pa55-phrase-789" )',
  ];
  const sources = [...pastes.map((p) => p.raw), ...positional];

  it('has pastes with python-okx positional arguments to read', () => {
    expect(sources.filter((s) => /API\(\s*["']/.test(s)).length).toBeGreaterThanOrEqual(3);
  });

  it('a paste with characters written full-width or curly masks and reports what its folded form does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.integer({ min: 1, max: 60 }), fc.nat(), (raw, percent, seed) => {
        // Deterministic choice of which characters to write another way, from the seed.
        let r = seed | 1;
        const next = () => ((r = Math.imul(r ^ (r >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0);
        const unfolded = [...raw].map((ch) => (next() % 100 < percent ? unfoldChar(ch, next()) : ch)).join('');
        const folded = foldWidth(unfolded);
        expect(folded).toBe(foldWidth(raw));
        expect(comparable(scanSecrets(unfolded))).toEqual(comparable(scanSecrets(folded)));
      }),
      { numRuns: 600 },
    );
  });

  it('python-okx arguments in curly or full-width quotes and commas are masked (the one reader of the unfolded text)', () => {
    const paste = 'Account.AccountAPI(\u201ck3y-value-123\u201d\uff0c \uff07s3cret-value-456\u2019\u3001\u3000"pa55-phrase-789", False)';
    const scan = scanSecrets(paste);
    expect(scan.values).toEqual(['k3y-value-123', 's3cret-value-456', 'pa55-phrase-789']);
    for (const v of scan.values) expect(scan.text).not.toContain(v);
    expect(scan.text).toBe('Account.AccountAPI("k3y…", \'s3cr…\', "pa5…", False)');
    // A quote closes only the quotes that fold alike: “…' is no argument.
    expect(scanSecrets('AccountAPI(\u201ck3y-value-123\u2019, "s", "p")').values).toEqual([]);
  });
});

describe('scanSecrets: separators', () => {
  it('reads a key whose last letter ends the value before it (`"…apikey\\\\": …`), as a scan of every separator would', () => {
    // The separator scan passes over separators no key name can precede, and resumes after a value:
    // a key ending in the value just read (before its escaped backslashes and closing quote) still counts.
    const scan = scanSecrets('{"secret": "my_apikey\\\\": "zzzz-9999-zzzz"}');
    expect(scan.values).toEqual(['my_apikey\\\\', 'zzzz-9999-zzzz']);
    expect(scan.text).not.toContain('zzzz-9999');
    // `=>` after a name, blanks and quotes between a name and its separator.
    expect(scanSecrets("'apiKey' => 'abcd-1234-efgh', passphrase \t= \"Pa55#word!\"").values).toEqual(['abcd-1234-efgh', 'Pa55#word!']);
  });
});
