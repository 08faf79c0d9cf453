import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError, lookup, relatedCodes } from '../../src/lib/catalog/catalog.ts';
import { loadCatalog, readCatalogSources } from '../../src/cli/catalog-fs.ts';
import { FAMILIES, isKnownSection } from '../../src/lib/catalog/families.ts';
import { parseDocs } from '../../src/lib/catalog/okx-docs.ts';
import { sharedFile } from './shared-dir.ts';

const cat = loadCatalog();
const src = readCatalogSources();
const sharedTsv = new URL('../fixtures/okx-error-codes.upstream.tsv', import.meta.url);

describe('catalog', () => {
  it('parses every row of the v5 catalog and keeps every variant', () => {
    const rows = src.v5.trim().split('\n').length - 1;
    const variants = [...cat.codes.values()].filter((e) => e.api === 'v5').reduce((n, e) => n + e.variants.length, 0);
    expect(rows).toBe(1140);
    expect(variants).toBe(rows);
  });

  it('contains every code of the upstream TSV with its verbatim message', () => {
    const lines = readFileSync(sharedTsv, 'utf8').trim().split('\n').slice(1);
    expect(lines.length).toBe(1140);
    for (const line of lines) {
      const [code, http, message] = line.split('\t');
      const entry = cat.codes.get(code!);
      expect(entry, code).toBeDefined();
      // The upstream TSV cut 50071's two-line docs cell after its first line; the catalog keeps the whole cell.
      const same = (m: string) => m === message || (code === '50071' && m.startsWith(`${message} e.g.`));
      expect(entry!.variants.some((v) => same(v.message) && String(v.httpStatus ?? '') === http), `${code} ${message}`).toBe(true);
    }
  });

  it('writes every Chinese text as a native technical writer: CJK–Latin spacing, full-width punctuation', () => {
    const texts: [string, string][] = [];
    for (const e of cat.codes.values()) for (const v of e.variants) texts.push([`${e.code} message_zh`, v.messageZh], [`${e.code} note_zh`, v.noteZh]);
    for (const c of cat.causes.values()) {
      texts.push([`${c.id} title_zh`, c.titleZh], [`${c.id} meaning_zh`, c.meaningZh], [`${c.id} check_zh`, c.checkZh]);
      for (const f of c.fixes) texts.push([`${f.id} text_zh`, f.textZh]);
      for (const s of c.sources) texts.push([`${c.id} source_zh`, s.labelZh]);
    }
    expect(texts.length).toBeGreaterThan(2000);
    const bad: string[] = [];
    for (const [where, v] of texts) {
      const prose = v.replace(/`[^`]*`/g, '').replace(/\{\w+\}/g, '');
      if (/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.test(prose)) bad.push(`${where}: spacing: ${v}`);
      if (/[\u4e00-\u9fff][,;!?(]|[\u4e00-\u9fff]:(?!\/)/.test(prose)) bad.push(`${where}: half-width punctuation: ${v}`);
      if (v.includes('您')) bad.push(`${where}: 您: ${v}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('has a real Chinese rendering for every message', () => {
    for (const e of cat.codes.values()) {
      for (const v of e.variants) {
        expect(v.messageZh, `${e.code}`).toMatch(/[\u4e00-\u9fff]/);
        expect(v.messageZh, `${e.code}`).not.toContain('待翻译');
        // placeholders survive translation
        for (const ph of v.message.match(/\{param\d\}/g) ?? []) expect(v.messageZh, `${e.code} ${ph}`).toContain(ph);
      }
    }
  });

  it('keeps multi-variant codes (50011: HTTP 200 and 429; 51024 has many messages)', () => {
    expect(cat.codes.get('50011')!.httpStatuses.sort()).toEqual([200, 429]);
    expect(cat.codes.get('51024')!.variants.length).toBeGreaterThan(10);
  });

  it('resolves sub-codes to their parent and lists them on the parent', () => {
    const sub = cat.codes.get('51008_1000');
    expect(sub?.parent).toBe('51008');
    expect(cat.codes.get('51008')!.subcodes).toContain('51008_1000');
    expect(lookup(cat, '51008_99999')?.code).toBe('51008');
    expect(lookup(cat, ' 50102 ')?.code).toBe('50102');
    expect(lookup(cat, 50102)?.code).toBe('50102');
    for (const e of cat.codes.values()) if (e.code.includes('_')) expect(e.parent, e.code).toBe(e.code.split('_')[0]);
  });

  it('adds the legacy v3 codes with v5 equivalents that exist', () => {
    const v3 = [...cat.codes.values()].filter((e) => e.api === 'v3');
    expect(v3.length).toBeGreaterThanOrEqual(95);
    for (const c of ['30001', '30008', '30012', '30013', '30038', '32008', '33014']) expect(cat.codes.get(c)?.api, c).toBe('v3');
    expect(cat.codes.get('30008')!.equivalents.map((e) => e.code)).toEqual(['50102']);
    expect(cat.codes.get('30012')!.equivalents.map((e) => e.code)).toEqual(['50114']);
    for (const e of v3) for (const eq of e.equivalents) expect(cat.codes.get(eq.code)?.api, `${e.code}→${eq.code}`).toBe('v5');
    // reverse link
    expect(cat.codes.get('50102')!.equivalents.map((e) => e.code)).toContain('30008');
  });

  it('gives every code a known family and every v5 docs section a mapping', () => {
    for (const e of cat.codes.values()) {
      expect(FAMILIES).toContain(e.family);
      if (e.source.kind === 'okx-docs') expect(isKnownSection(e.variants[0]!.docsSection), e.variants[0]!.docsSection).toBe(true);
    }
    expect(cat.codes.get('50102')!.family).toBe('auth');
    expect(cat.codes.get('60009')!.family).toBe('websocket');
    expect(cat.codes.get('4001')!.family).toBe('ws-close');
  });

  it('links causes from causes.tsv to codes, and every shared cause id is present', () => {
    expect(cat.codes.get('50102')!.causes.slice(0, 2)).toEqual(['clock-skew', 'timezone-as-utc']);
    const shared = readFileSync(new URL('../fixtures/causes.upstream.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
    for (const id of shared) expect(cat.causes.has(id!), id).toBe(true);
  });

  it('finds related codes without the code itself', () => {
    const rel = relatedCodes(cat, '50102');
    expect(rel).toContain('30008');
    expect(rel).not.toContain('50102');
    expect(rel.length).toBeLessThanOrEqual(8);
  });
});

describe('catalog validation', () => {
  const withRow = (row: string) => ({ ...src, v5: src.v5.replace(/\n+$/, '') + '\n' + row + '\n' });
  it('rejects a row with a bad code and names the line', () => {
    const line = src.v5.replace(/\n+$/, '').split('\n').length + 1;
    expect(() => buildCatalog(withRow('5010X\t401\tBad\t坏\t\t\texact\tauth\tREST API / Public / API Class\tokx-docs-v5@2026-08-22\t\t\t\t'))).toThrow(
      new RegExp(`okx-v5-codes.tsv:${line} \\(code 5010X\\): code`),
    );
  });
  it('rejects a row with the wrong number of fields', () => {
    expect(() => buildCatalog(withRow('50999\t401\tonly three'))).toThrow(CatalogError);
  });
  it('rejects a missing Chinese rendering and an unknown category', () => {
    expect(() => buildCatalog(withRow('50999\t401\tMsg\t\t\t\texact\tauth\tREST API / Public / API Class\tokx-docs-v5@2026-08-22\t\t\t\t'))).toThrow(/message_zh/);
    expect(() => buildCatalog(withRow('50999\t401\tMsg\t中文\t\t\texact\tnope\tREST API / Public / API Class\tokx-docs-v5@2026-08-22\t\t\t\t'))).toThrow(/category/);
  });
  it('rejects a header without a required column', () => {
    expect(() => buildCatalog({ ...src, causes: src.causes.replace('title_zh', 'titlezh') })).toThrow(/title_zh/);
  });
});

describe('causes for the whole catalog', () => {
  const SUCCESS = new Set(['0', 'v3-0']);

  it('gives every code but the success codes at least one cause', () => {
    const without = cat.order.filter((c) => !SUCCESS.has(c) && cat.codes.get(c)!.causes.length === 0);
    expect(without).toEqual([]);
    for (const s of SUCCESS) expect(cat.codes.get(s)!.causes).toEqual([]);
  });

  it('gives every cause a check, fix steps, a source and a basis, in both languages', () => {
    for (const c of cat.causes.values()) {
      expect(c.check.trim(), c.id).not.toBe('');
      expect(c.checkZh, c.id).toMatch(/[\u4e00-\u9fff]/);
      expect(c.fixes.length, c.id).toBeGreaterThan(0);
      for (const f of c.fixes) {
        expect(f.text.trim(), f.id).not.toBe('');
        expect(f.textZh, f.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.url, c.id).toMatch(/^https:\/\//);
        expect(s.labelZh, c.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(['documented', 'inferred', 'observed'], c.id).toContain(c.basis);
    }
  });

  it('orders each code’s causes by prior, most likely first, and every cause serves a code', () => {
    for (const code of cat.order) {
      const p = cat.codes.get(code)!.priors;
      expect([...p].sort((a, b) => b - a), code).toEqual(p);
    }
    for (const c of cat.causes.values()) expect(c.codes.length, c.id).toBeGreaterThan(0);
    // The doctor's former hand-set priors live in the table now.
    expect(cat.codes.get('50113')!.priors[0]).toBe(55);
    expect(cat.codes.get('59102')!.causes.length).toBeGreaterThan(0);
  });

  it('rejects code-causes rows that point at a missing code or cause, repeat, or rise in prior', () => {
    const add = (row: string) => ({ ...src, codeCauses: src.codeCauses.replace(/\n+$/, '') + '\n' + row + '\n' });
    expect(() => buildCatalog(add('99999\tclock-skew\t10\tmessage'))).toThrow(/unknown code 99999/);
    expect(() => buildCatalog(add('50102\tno-such-cause\t10\tmessage'))).toThrow(/unknown cause no-such-cause/);
    expect(() => buildCatalog(add('50102\tclock-skew\t10\tmessage'))).toThrow(/lists clock-skew twice/);
    expect(() => buildCatalog(add('50102\tlegacy-api\t99\tmessage'))).toThrow(/descending prior/);
    expect(() => buildCatalog(add('50102\tlegacy-api\t0\tmessage'))).toThrow(/prior/);
    expect(() => buildCatalog({ ...src, fixes: src.fixes.replace(/\n+$/, '') + '\nx-fix\tno-such-cause\tText\t文本\n' })).toThrow(/unknown cause no-such-cause/);
  });

  it('holds OKX’s own Chinese message for every code OKX lists in Chinese', () => {
    const { rows } = parseDocs(readFileSync(sharedFile('data/okx-docs/error-code.2026-08-22.md'), 'utf8'));
    const zh = rows.filter((r) => r.lang === 'zh');
    let checked = 0;
    for (const r of zh) {
      const e = cat.codes.get(r.code);
      if (!e || e.api !== 'v5' || e.undocumented) continue;
      if (r.message === '') continue;
      expect(e.variants.some((v) => v.messageOkxZh === r.message), `${r.code}: ${r.message}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(cat.codes.get('50113')!.variants[0]!.messageOkxZh).toBe('无效的签名');
    expect(cat.codes.get('50102')!.variants[0]!.messageOkxZh).toBe('请求时间戳过期');
  });
});

describe('legacy codes', () => {
  it('holds every OKEx v1 and v3 code of the shared list, once per API', () => {
    const shared = readFileSync(sharedFile('data/okex-legacy-codes.tsv'), 'utf8').trim().split('\n').slice(1);
    expect(shared.length).toBe(492);
    for (const line of shared) {
      const [code, api, family, message] = line.split('\t');
      const found = [...cat.codes.values()].find((e) => e.api === api && e.number === code && e.variants.some((v) => v.message === message!.trim() && v.docsSection === `${api} ${family}`));
      expect(found, `${api} ${family} ${code}`).toBeDefined();
    }
  });

  it('keeps /errors/<code>/ for the v5 meaning and links the older meanings of the same number', () => {
    expect(cat.codes.get('1')!.api).toBe('v5');
    expect(cat.codes.get('1')!.sameNumber).toEqual(['v3-1']);
    expect(cat.codes.get('v3-1')!.sameNumber).toEqual(['1']);
    expect(cat.codes.get('1009')!.sameNumber).toEqual(['v1-1009']);
    expect(cat.codes.get('10001')!.api).toBe('v1');
    expect(cat.codes.get('10001')!.sameNumber).toEqual(['v1ws-10001']);
    expect(cat.codes.get('v1ws-10001')!.number).toBe('10001');
    expect(cat.order.indexOf('30008')).toBeLessThan(cat.order.indexOf('10001'));
    expect(cat.codes.get('30038')!.variants).toHaveLength(2);
  });

  it('links legacy codes to their v5 equivalents both ways', () => {
    expect(cat.codes.get('30008')!.equivalents.map((e) => e.code)).toContain('50102');
    expect(cat.codes.get('50102')!.equivalents.map((e) => e.code)).toContain('30008');
    const legacy = src.legacy.replace(/\n+$/, '') + '\n99998\t99998\tv3\tswap\tfake\t假的\t\t\t99999\tinferred\tother\tccxt ts/src/bitget.ts@9cd4724\t\t\n';
    expect(() => buildCatalog({ ...src, legacy })).toThrow(/v5_equivalent 99999/);
  });
});

describe('libraries, Chinese phrases and other exchanges (data beside the catalog)', () => {
  it('loads and validates them', () => {
    const cat = buildCatalog(src);
    expect(cat.libraries.map((l) => l.id)).toEqual(expect.arrayContaining(['ccxt', 'python-okx', 'okx-api', 'hummingbot', 'freqtrade', 'vnpy', 'OKX.Net', 'OKX.Api']));
    expect(cat.phrasesZh).toContainEqual({ code: '51008', phrase: '余额不够' });
    expect(cat.exchanges.find((x) => x.name === 'Binance')!.names).toContain('币安');
  });
  it('rejects a malformed row', () => {
    expect(() => buildCatalog({ ...src, phrasesZh: src.phrasesZh + '99999999\t签名不对啊\tx\n' })).toThrow(/phrases-zh.tsv.*unknown code/);
    expect(() => buildCatalog({ ...src, libraries: src.libraries + 'ccxt\tccxt\tccxt/x/\t\thttps://github.com/ccxt/ccxt\n' })).toThrow(/duplicate library/);
    expect(() => buildCatalog({ ...src, exchanges: src.exchanges + 'OKX\tOKX\thttps://www.okx.com\t\n' })).toThrow(/OKX is not another exchange/);
    expect(() => buildCatalog({ ...src, libraries: src.libraries + 'x\tX\tab\t\tnot a url\n' })).toThrow(/libraries.tsv/);
    expect(() => buildCatalog({ ...src, exchanges: src.exchanges + 'Foo\tFoo\thttps://foo.example\tyes\n' })).toThrow(/exchanges.tsv.*negative_codes/);
    const sig = (row: string) => () => buildCatalog({ ...src, librarySignatures: src.librarySignatures + row + '\n' });
    expect(sig('nolib\tSomeError\taccount-mode\thttps://github.com/x/y/issues/1\tn')).toThrow(/library-signatures.tsv:\d+: unknown library/);
    expect(sig('ccxt\tSomeError\tno-such-cause\thttps://github.com/x/y/issues/1\tn')).toThrow(/library-signatures.tsv:\d+: unknown cause/);
    expect(sig('ccxt\tSomeError\taccount-mode\tnot a url\tn')).toThrow(/library-signatures.tsv/);
  });

  it('every library signature names a library, a cause and the public report behind it', () => {
    const sigs = cat.libraries.flatMap((l) => l.signatures.map((s) => ({ lib: l.id, ...s })));
    expect(sigs.length).toBeGreaterThanOrEqual(2);
    for (const s of sigs) {
      expect(cat.causes.has(s.cause), s.text).toBe(true);
      expect(s.source, s.text).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+$/);
    }
  });
});

