/**
 * Catalog updater: brings content/catalog/okx-v5-codes.tsv in line with a newer crawl of OKX's
 * docs error-code section while keeping our own columns (Chinese rendering, notes, ccxt class,
 * category). Pure: TSV text + docs text in, TSV text + report out (scripts/catalog-update.ts does
 * the file I/O).
 *
 * - A docs row is a catalog row whose `source` is `okx-docs-v5@DATE`; ccxt-only rows are never touched.
 * - Added: a code the docs list and the catalog has no docs row for (or one marked removed).
 *   It gets rows at once, `added` = the crawl date, our Chinese rendering starting from OKX's own.
 * - Removed: a code with docs rows that the docs no longer list. Its rows stay (the page stays),
 *   with `removed` = the crawl date.
 * - Changed: the English message(s), the HTTP status(es) or OKX's Chinese message(s) differ.
 */
import { compareCodes } from './catalog.ts';
import { parseDocs, type DocsRow } from './okx-docs.ts';
import { V5_HEADER } from './schema.ts';
import { parseTsv } from './tsv.ts';

export interface UpdateResult {
  /** The new TSV text (same header, same column order). */
  tsv: string;
  added: string[];
  removed: string[];
  changed: string[];
  /** Codes OKX lists only in its Chinese table (no English message to key a row on); not imported. */
  zhOnly: string[];
  /** Changed codes whose English message changed: our Chinese rendering needs a look. */
  reviewZh: string[];
  date: string;
}

type Row = Record<string, string>;

const DOCS_SOURCE = /^okx-docs-v5@/;
/** Our editorial text for OKX's empty success message. */
const EMPTY_MESSAGE = /^\(success/;

/** The catalog's rows (the shared TSV reader: it checks the columns and every row's field count) and its header order. */
function parse(tsv: string): { header: string[]; rows: Row[] } {
  const rows = parseTsv(tsv, 'okx-v5-codes.tsv', V5_HEADER).map((r) => r.fields);
  const header = tsv.replace(/^\uFEFF/, '').split('\n', 1)[0]!.replace(/\r$/, '').split('\t');
  return { header, rows };
}

const docsMessage = (r: Row) => (EMPTY_MESSAGE.test(r.message ?? '') ? '' : (r.message ?? ''));
const status = (s: number | null) => (s === null ? '' : String(s));

/** Per code, the docs variants in each language, in table order. */
function byCode(rows: DocsRow[]): Map<string, { en: DocsRow[]; zh: DocsRow[] }> {
  const out = new Map<string, { en: DocsRow[]; zh: DocsRow[] }>();
  for (const r of rows) {
    let v = out.get(r.code);
    if (!v) out.set(r.code, (v = { en: [], zh: [] }));
    v[r.lang].push(r);
  }
  return out;
}

/** OKX's Chinese message for the i-th English variant: the Chinese row with the same status, in order. */
function zhFor(en: DocsRow[], zh: DocsRow[], i: number): string {
  const st = en[i]!.httpStatus;
  const nth = en.slice(0, i).filter((r) => r.httpStatus === st).length;
  const same = zh.filter((r) => r.httpStatus === st);
  return (same[nth] ?? (zh.length === en.length ? zh[i] : undefined))?.message ?? '';
}

const key = (rows: { status: string; en: string; zh: string }[], withZh: boolean) =>
  rows.map((r) => `${r.status}|${r.en}${withZh ? `|${r.zh}` : ''}`).sort().join('\n');

export function updateCatalog(catalogTsv: string, docsText: string, opts: { date?: string } = {}): UpdateResult {
  const snap = parseDocs(docsText);
  const date = opts.date ?? snap.date;
  if (!date) throw new Error('the docs file has no updated_at date; pass one');
  const { header, rows } = parse(catalogTsv);
  const docs = byCode(snap.rows);
  const codes = new Map<string, Row[]>();
  for (const r of rows) {
    const list = codes.get(r.code!) ?? [];
    list.push(r);
    codes.set(r.code!, list);
  }

  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  const reviewZh: string[] = [];
  const zhOnly: string[] = [];
  const out = new Map<string, Row[]>();

  for (const [code, list] of codes) {
    const own = list.filter((r) => DOCS_SOURCE.test(r.source ?? ''));
    const other = list.filter((r) => !DOCS_SOURCE.test(r.source ?? ''));
    const d = docs.get(code);
    if (own.length === 0 || !d || d.en.length === 0) {
      if (own.length > 0 && own.some((r) => !r.removed)) {
        removed.push(code);
        for (const r of own) r.removed ||= date;
      }
      out.set(code, list);
      continue;
    }
    const wasRemoved = own.every((r) => r.removed);
    const keeps = d.en.map((e, i) =>
      // Keep our columns from the row with the same status and message, else from the row in the same place.
      own.find((r) => r.http_status === status(e.httpStatus) && docsMessage(r) === e.message) ?? own[i] ?? own[own.length - 1]!);
    // OKX's Chinese list of a code can lack a variant its English list has (51024), so pairing by
    // place goes wrong after it. A pairing we hold, and OKX still lists, stays; a text held by
    // another variant is not handed out again by place (that variant gets none).
    const held = keeps.map((k, i) => {
      const zh = k.message_okx_zh ?? '';
      return zh !== '' && d.zh.some((z) => z.httpStatus === d.en[i]!.httpStatus && z.message === zh) ? zh : undefined;
    });
    const claimed = new Set(held.filter((z) => z !== undefined));
    const next = d.en.map((e, i) => {
      const keep = keeps[i]!;
      const byPlace = zhFor(d.en, d.zh, i);
      return {
        ...keep,
        http_status: status(e.httpStatus),
        message: e.message === '' && EMPTY_MESSAGE.test(keep.message ?? '') ? keep.message! : e.message,
        message_okx_zh: held[i] ?? (claimed.has(byPlace) ? '' : byPlace),
        removed: '',
      } as Row;
    });
    const before = own.map((r) => ({ status: r.http_status ?? '', en: docsMessage(r), zh: r.message_okx_zh ?? '' }));
    const after = next.map((r) => ({ status: r.http_status ?? '', en: docsMessage(r), zh: r.message_okx_zh ?? '' }));
    // OKX's Chinese counts once we hold it (the first import only fills it in).
    const hadZh = own.some((r) => r.message_okx_zh);
    if (wasRemoved) added.push(code);
    else if (key(before, hadZh) !== key(after, hadZh)) {
      changed.push(code);
      if (key(before, false) !== key(after, false)) reviewZh.push(code);
    }
    if (wasRemoved || key(before, true) !== key(after, true)) {
      for (const r of next) r.source = `okx-docs-v5@${date}`;
      if (wasRemoved) for (const r of next) r.added = date;
      out.set(code, [...next, ...other]);
    } else out.set(code, list);
  }

  for (const [code, d] of docs) {
    if (codes.has(code) && (codes.get(code) ?? []).some((r) => DOCS_SOURCE.test(r.source ?? ''))) continue;
    if (d.en.length === 0) {
      zhOnly.push(code);
      continue;
    }
    added.push(code);
    const fresh = d.en.map((e, i) => {
      const zh = zhFor(d.en, d.zh, i);
      const row: Row = Object.fromEntries(header.map((h) => [h, '']));
      Object.assign(row, {
        code,
        http_status: status(e.httpStatus),
        message: e.message,
        // Our rendering starts from OKX's own Chinese until someone writes a plainer one.
        message_zh: zh || e.message,
        ccxt_match: 'unmapped',
        category: 'other',
        docs_section: e.section,
        source: `okx-docs-v5@${date}`,
        message_okx_zh: zh,
        added: date,
      });
      return row;
    });
    out.set(code, [...fresh, ...(codes.get(code) ?? [])]);
  }

  const order = [...out.keys()].sort(compareCodes);
  const lines = [header.join('\t')];
  for (const code of order) for (const r of out.get(code)!) lines.push(header.map((h) => r[h] ?? '').join('\t'));
  const sort = (xs: string[]) => [...new Set(xs)].sort(compareCodes);
  return { tsv: lines.join('\n') + '\n', added: sort(added), removed: sort(removed), changed: sort(changed), zhOnly: sort(zhOnly), reviewZh: sort(reviewZh), date };
}
