import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/lib/catalog/catalog.ts';
import { diffDocs, htmlToDocsMarkdown, parseDocs } from '../../src/lib/catalog/okx-docs.ts';
import { updateCatalog } from '../../src/lib/catalog/update.ts';
import { readCatalogSources } from '../../src/cli/catalog-fs.ts';
import { sharedFile } from './shared-dir.ts';

// The two real crawls of OKX's docs error-code section, read from ../shared (never copied into the repo).
const JAN = sharedFile('data/okx-docs/error-code.2026-01-16.md');
const AUG = sharedFile('data/okx-docs/error-code.2026-08-22.md');
const jan = readFileSync(JAN, 'utf8');
const aug = readFileSync(AUG, 'utf8');
const catalogTsv = readCatalogSources().v5;

// What really changed between the crawls (checked by hand against both files).
const ADDED = ['51004_1101', '51004_1102', '51004_1103', '51004_1104', '51004_1105', '51004_1106', '51004_1107', '51004_1111', '51004_1112', '51004_1113', '51004_1114', '51004_1115', '51004_1116', '51004_1117', '51008_1017', '51008_1018', '51008_1020', '51625', '51763', '51764', '51765', '51766', '51767', '51768', '51769', '51770', '51771', '51772', '51773', '51774', '51784', '51785', '54051', '54092', '54094', '58381', '58382', '58383', '58384', '59529', '59550', '59691', '59692', '59693'];
const REMOVED = ['51004', '51008_1014', '60029', '60030'];
const CHANGED = ['54031', '54039', '54040', '54041', '54042', '54043', '54044', '54045', '54046', '54049'];

describe('OKX docs error-code reader', () => {
  it('reads both languages of the August crawl, with wrapped rows joined and repeats dropped', () => {
    const { date, rows } = parseDocs(aug);
    expect(date).toBe('2026-08-22');
    const en = rows.filter((r) => r.lang === 'en');
    const zh = rows.filter((r) => r.lang === 'zh');
    expect(en.length).toBeGreaterThan(1100);
    expect(zh.length).toBeGreaterThan(1090);
    expect(en.find((r) => r.code === '50113')).toMatchObject({ httpStatus: 401, message: 'Invalid signature.', section: 'REST API / Public / API Class' });
    expect(zh.find((r) => r.code === '50113')!.message).toBe('无效的签名');
    expect(zh.find((r) => r.code === '4004')).toMatchObject({ httpStatus: null, message: '空闲超时30秒' });
    expect(en.find((r) => r.code === '58100')!.message).toMatch(/suspended the fund transfer-out function with related users\. Please wait patiently\.$/);
    expect(en.filter((r) => r.code === '54036')).toHaveLength(1);
    expect(en.find((r) => r.code === '4009')!.message).not.toMatch(/Disclaimer/);
    expect(en.filter((r) => r.code === '50011').map((r) => r.httpStatus).sort()).toEqual([200, 429]);
  });

  it('finds the real differences between the January and August crawls', () => {
    const d = diffDocs(parseDocs(jan).rows, parseDocs(aug).rows, compareCodes);
    expect(d).toEqual({ added: ADDED, removed: REMOVED, changed: CHANGED });
  });

  it('reads the docs page HTML like the crawl markdown', () => {
    const html = `<h1>Error Code</h1><h2>REST API</h2><h3>Public</h3><h4>API Class</h4><table><tr><th>Error Code</th><th>HTTP Status Code</th><th>Error Message</th></tr>
      <tr><td>50113</td><td>401</td><td>Invalid signature.</td></tr><tr><td>50102</td><td>401</td><td>Timestamp request expired.</td></tr></table>
      <h1>错误码</h1><h2>REST API</h2><h3>公共</h3><h4>API 类</h4><table><tr><td>50113</td><td>401</td><td>无效的签名</td></tr></table>`;
    expect(htmlToDocsMarkdown(html)).toContain('50113 | 401 | Invalid signature.');
    const { rows } = parseDocs(html);
    expect(rows).toEqual([
      { code: '50113', httpStatus: 401, message: 'Invalid signature.', lang: 'en', section: 'REST API / Public / API Class' },
      { code: '50102', httpStatus: 401, message: 'Timestamp request expired.', lang: 'en', section: 'REST API / Public / API Class' },
      { code: '50113', httpStatus: 401, message: '无效的签名', lang: 'zh', section: 'REST API / 公共 / API 类' },
    ]);
  });
});

describe('catalog updater', () => {
  it('finds nothing to do against the crawl the catalog was imported from', () => {
    const r = updateCatalog(catalogTsv, aug);
    expect({ added: r.added, removed: r.removed, changed: r.changed }).toEqual({ added: [], removed: [], changed: [] });
    expect(r.tsv).toBe(catalogTsv);
    expect(r.zhOnly).toEqual(['59320', '59667']);
  });

  it('keeps OKX Chinese paired by meaning where OKX lists fewer Chinese than English variants (51024)', () => {
    const row = (tsv: string, en: string) => tsv.split('\n').find((l) => l.startsWith('51024\t') && l.split('\t')[2]!.startsWith(en))!.split('\t')[4];
    const r = updateCatalog(catalogTsv, aug);
    // By place, the P2P variant would get the text two places on; by meaning it is OKX's C2C text.
    expect(row(r.tsv, 'Unable to proceed. Please resolve your existing P2P')).toBe('无法进行此操作。请首先解决您现有的 C2C申诉。');
    expect(row(r.tsv, 'Withdrawal function of this account')).toBe('此账户提币功能暂无法使用，有任何疑问您可以联系客服。');
    // Two English variants have no Chinese in OKX's list, and get none rather than a neighbour's.
    expect(row(r.tsv, 'Based on your previous requests')).toBe('');
    expect(row(r.tsv, 'Your account has disputed deposit orders')).toBe('');
  });

  it('goes back to January and forward to August again, keeping our columns and the pages of removed codes', () => {
    const back = updateCatalog(catalogTsv, jan);
    // Relative to the August catalog, January lacks the 44 codes added later and has the 4 removed since.
    expect(back.removed).toEqual(ADDED);
    expect(back.added).toEqual(REMOVED);
    expect(back.changed).toEqual(CHANGED);
    const rows = back.tsv.split('\n');
    const row = (code: string) => rows.filter((l) => l.startsWith(`${code}\t`));
    // A removed code keeps its rows (and so its page), marked with the crawl date.
    expect(row('51625').every((l) => l.split('\t').at(-1) === '2026-01-15')).toBe(true);
    // Our Chinese rendering and notes survive a changed message.
    const before = catalogTsv.split('\n').find((l) => l.startsWith('54031\t'))!.split('\t');
    const after = row('54031')[0]!.split('\t');
    expect(after[3]).toBe(before[3]);
    expect(after[2]).not.toBe(before[2]);

    const forward = updateCatalog(back.tsv, aug);
    expect({ added: forward.added, removed: forward.removed, changed: forward.changed }).toEqual({ added: ADDED, removed: REMOVED, changed: CHANGED });
    // Codes back in the docs lose the removed mark and get the date they came back.
    const again = forward.tsv.split('\n').filter((l) => l.startsWith('51625\t'));
    expect(again.every((l) => l.split('\t').at(-1) === '' && l.split('\t').at(-2) === '2026-08-22')).toBe(true);
  });

  it('adds a new code with OKX’s Chinese as the starting rendering', () => {
    const extra = aug.replace('50113 | 401 | Invalid signature.', '50113 | 401 | Invalid signature.\n50999 | 400 | Brand new error.').replace('50113 | 401 | 无效的签名', '50113 | 401 | 无效的签名\n50999 | 400 | 全新的错误');
    const r = updateCatalog(catalogTsv, extra);
    expect(r.added).toEqual(['50999']);
    const line = r.tsv.split('\n').find((l) => l.startsWith('50999\t'))!.split('\t');
    expect(line.slice(0, 5)).toEqual(['50999', '400', 'Brand new error.', '全新的错误', '全新的错误']);
  });

  it('prints the diff as JSON from the command line and writes nothing', () => {
    const out = execFileSync(process.execPath, ['scripts/catalog-update.ts', '--diff', JAN, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ added: REMOVED, removed: ADDED, changed: CHANGED });
    expect(readCatalogSources().v5).toBe(catalogTsv);
  });
});
