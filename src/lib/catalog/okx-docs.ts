/**
 * Reader for OKX's docs error-code section, as a public crawl keeps it (markdown: English tables,
 * then from the heading `# 错误码` the Chinese ones) or as the docs page serves it (HTML). Pure:
 * text in, rows out. Used by the catalog updater (scripts/catalog-update.ts) and its tests.
 */

export type DocsLang = 'en' | 'zh';

export interface DocsRow {
  code: string;
  /** HTTP status, or null in the WebSocket tables (they have no status column). */
  httpStatus: number | null;
  message: string;
  lang: DocsLang;
  /** Heading path, e.g. "REST API / Public / General Class" (English) or "REST API / 公共 / 通用类". */
  section: string;
}

export interface DocsSnapshot {
  /** Date of the crawl (front matter `updated_at`), YYYY-MM-DD, or null when the file has none. */
  date: string | null;
  rows: DocsRow[];
}

const CODE = /^\d+(?:_\d+)?$/;
const FRONT_DATE = /^updated_at:\s*(\d{4}-\d{2}-\d{2})/m;

/** Markdown headings and `a | b | c` table rows from the docs HTML: enough structure for `parseDocs`. */
export function htmlToDocsMarkdown(html: string): string {
  const out: string[] = [];
  const text = (s: string) =>
    s
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^<>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  // One pass over block tags, in document order: headings and table rows.
  const block = /<(h[1-4])\b[^>]*>([\s\S]*?)<\/\1>|<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
  for (const m of html.matchAll(block)) {
    if (m[1]) out.push(`${'#'.repeat(Number(m[1].slice(1)))} ${text(m[2] ?? '')}`);
    else {
      const cells = [...(m[3] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => text(c[1] ?? ''));
      out.push(cells.join(' | '));
    }
  }
  return out.join('\n');
}

/** Parse the error-code section (markdown or HTML) into rows, English and Chinese. */
export function parseDocs(input: string): DocsSnapshot {
  const md = /<(?:table|tr|h[1-4])\b/i.test(input) && !input.trimStart().startsWith('---') ? htmlToDocsMarkdown(input) : input;
  const date = FRONT_DATE.exec(md.slice(0, 2000))?.[1] ?? null;
  const rows: DocsRow[] = [];
  let lang: DocsLang = 'en';
  const headings: string[] = [];
  let prevRow = false;
  const seen = new Set<string>();
  for (const raw of md.split('\n')) {
    const line = raw.trim();
    const h = /^(#{1,4})[ \t]+(\S.*)?$/.exec(line);
    if (h) {
      prevRow = false;
      const level = h[1]!.length;
      const title = (h[2] ?? '').trim();
      if (level === 1) {
        lang = /[\u4e00-\u9fff]/.test(title) ? 'zh' : 'en';
        headings.length = 0;
      } else {
        headings.length = Math.max(0, level - 2);
        headings[level - 2] = title;
      }
      continue;
    }
    if (!line.includes('|')) {
      // A long message wraps onto the next line(s) in the crawl ("…has suspended / the fund transfer-out…",
      // "{param} already exists / e.g. clOrdId already exists"); the page's disclaimer is not part of it.
      const last = rows.at(-1);
      if (last && prevRow && line !== '' && !/^Disclaimer:|^免责声明/.test(line)) last.message = `${last.message} ${line}`;
      else prevRow = false;
      continue;
    }
    const cells = line.split('|').map((c) => c.trim());
    const code = cells[0] ?? '';
    prevRow = CODE.test(code);
    if (!prevRow) continue;
    // REST tables: code | status | message. WebSocket and close-frame tables: code | message.
    const status = cells.length >= 3 && /^\d{3}$|^$/.test(cells[1] ?? 'x') ? cells[1]! : undefined;
    const message = (status === undefined ? cells.slice(1) : cells.slice(2)).join(' | ').trim();
    // The docs list a few rows twice (54036); a repeat is the same variant.
    const id = `${lang}|${code}|${status ?? ''}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push({
      code,
      httpStatus: status ? Number(status) : null,
      message,
      lang,
      section: headings.filter(Boolean).join(' / '),
    });
  }
  return { date, rows };
}

export interface DocsDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** The variants of each code in one language, as a comparable key: sorted "status|message" lines. */
function variantKeys(rows: DocsRow[]): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const list = by.get(r.code) ?? [];
    list.push(`${r.lang}|${r.httpStatus ?? ''}|${r.message}`);
    by.set(r.code, list);
  }
  return new Map([...by].map(([c, l]) => [c, l.sort().join('\n')]));
}

/** Codes added, removed, or whose message or HTTP status changed (either language), from `before` to `after`. */
export function diffDocs(before: DocsRow[], after: DocsRow[], compareCodes: (a: string, b: string) => number): DocsDiff {
  const a = variantKeys(before);
  const b = variantKeys(after);
  const added = [...b.keys()].filter((c) => !a.has(c)).sort(compareCodes);
  const removed = [...a.keys()].filter((c) => !b.has(c)).sort(compareCodes);
  const changed = [...b.keys()].filter((c) => a.has(c) && a.get(c) !== b.get(c)).sort(compareCodes);
  return { added, removed, changed };
}
