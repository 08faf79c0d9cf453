import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkInputs, checkKeys, findingText, FINDING_MESSAGES, formatMessage, messageTable, PARSE_MESSAGES, VARIANT_IDS, VARIANT_MESSAGES } from '../../src/lib/sign/index.ts';

const src = (f: string) => readFileSync(new URL(`../../src/lib/sign/${f}`, import.meta.url), 'utf8');
const ID_RE = /'((?:timestamp|ws|method|path|query|get|post|body|char|key|api-key|secret|passphrase|parse)-[a-z0-9-]+)'/g;
const emitted = (files: string[]) => [...new Set(files.flatMap((f) => [...src(f).matchAll(ID_RE)].map((m) => m[1]!)))];

const ALL = { ...FINDING_MESSAGES, ...VARIANT_MESSAGES, ...PARSE_MESSAGES };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const CJK = /[\u4e00-\u9fff]/;

describe('sign messages', () => {
  it('has text for every finding id the library can emit', () => {
    const ids = emitted(['checks.ts', 'timestamp.ts', 'chars.ts', 'keys.ts']);
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) expect(FINDING_MESSAGES[id], id).toBeDefined();
  });

  it('has text for every parse error and note', () => {
    const ids = emitted(['parse-request.ts']).filter((id) => id.startsWith('parse-'));
    expect(ids.length).toBeGreaterThanOrEqual(9);
    for (const id of ids) expect(PARSE_MESSAGES[id], id).toBeDefined();
  });

  it('has text for every hunter variant and both hunt outcomes', () => {
    for (const id of [...VARIANT_IDS, 'hunt-match', 'hunt-no-match']) expect(VARIANT_MESSAGES[id], id).toBeDefined();
  });

  it.each(Object.entries(ALL))('%s: same placeholders in en and zh, English has no Chinese', (_id, m) => {
    expect(m.en.length).toBeGreaterThan(10);
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
    expect(m.en).not.toMatch(CJK);
  });

  it.each(Object.entries(ALL))('%s: Chinese follows the house style', (id, m) => {
    const params = Object.fromEntries(placeholders(m.en).map((p) => [p, p === 'part' ? 'secret' : 'X1']));
    const zh = formatMessage(id, 'zh', params);
    expect(zh).toMatch(CJK);
    expect(zh).not.toContain('您');
    // A space between Chinese and Latin letters or digits…
    expect(zh).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
    // …full-width punctuation next to Chinese, and no stray space before it.
    expect(zh).not.toMatch(/[\u4e00-\u9fff][,;:!?()]|[,;:!?(][\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/ [，。：；）、]/);
    expect(zh).toMatch(/[。）]$/);
  });

  it('fills params and translates enum-like values', () => {
    expect(formatMessage('char-edge-whitespace', 'en', { part: 'secret', where: 'end' })).toBe(
      'The secret key has whitespace at the end. It is invisible but changes the signature. Trim it.',
    );
    expect(formatMessage('char-edge-whitespace', 'zh', { part: 'secret', where: 'end' })).toBe('SecretKey 的结尾有空白字符。它看不见，却会改变签名。请去掉。');
    expect(formatMessage('passphrase-rule', 'zh', { missing: 'upper,digit' })).toContain('缺少：大写字母、数字。');
    expect(formatMessage('char-fullwidth', 'zh', { part: 'body', position: 5, char: '：', ascii: ':', codepoint: 'U+FF1A' })).toContain(
      '请求体在第 5 个字符处有全角字符“：”（U+FF1A），应改为半角的“:”。',
    );
    expect(formatMessage('no-such-id', 'en')).toBe('no-such-id');
  });

  it('every finding reads as finished text in both languages: no {placeholder} left (property)', () => {
    const tables = [messageTable('en'), messageTable('zh')];
    const ours = new Set(tables.flatMap((tb) => Object.values(tb.templates).flatMap((x) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))));
    const leaked = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => ours.has(n));
    const nasty = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', '\u0000abc', '\u200bkey', 'ＡＢＣ：１', '"quoted"', '****', 'a$b', 'OK-ACCESS-KEY: x', 'nan', 'None', '22582BD0CFF14C41EDBF1AB98506286D\n'),
    );
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, nasty, (a, b, c, d, e) => {
        const findings = [
          ...checkKeys({ apiKey: a, secret: b, passphrase: c }),
          ...checkInputs({ timestamp: a, method: b, requestPath: c, body: d, secret: e, sentUrl: `https://www.okx.com${c}` }),
          ...checkInputs({ kind: 'ws', timestamp: d, secret: e }),
        ];
        // Inputs are echoed (a timestamp of "{0}" shows as "{0}"), so only our own template names count.
        const echoed = (n: string) => [a, b, c, d, e].some((x) => x.includes(`{${n}}`));
        for (const f of findings) for (const table of tables) expect(leaked(findingText(table, f)).filter((n) => !echoed(n)), f.id).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

