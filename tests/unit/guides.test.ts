import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/cli/catalog-fs.ts';
import { OS_IDS } from '../../src/components/os.ts';

const cat = loadCatalog();
const dir = (l: string) => new URL(`../../content/guides/${l}/`, import.meta.url);
const read = (l: string, f: string) => readFileSync(new URL(f, dir(l)), 'utf8');
const files = (l: string) => (existsSync(dir(l)) ? readdirSync(dir(l)).filter((f) => f.endsWith('.mdx')).sort() : []);

/** The few frontmatter fields the checks need (flow-style YAML arrays). */
function front(src: string) {
  const fm = /^---\n([\s\S]*?)\n---/.exec(src)?.[1] ?? '';
  const arr = (k: string) => {
    const m = new RegExp(`^${k}:\\s*\\[([^\\]]*)\\]`, 'm').exec(fm);
    return m ? m[1]!.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).filter(Boolean) : [];
  };
  return { codes: arr('codes'), causes: arr('causes') };
}
/** The language part of doc URLs that have one page per language (OKX, PHP, Microsoft, Python). */
const LOCALE_IN_URL: [RegExp, string][] = [
  [/\/docs-v5\/(?:en|zh)\//, '/docs-v5/<lang>/'],
  [/php\.net\/manual\/(?:en|zh)\//, 'php.net/manual/<lang>/'],
  [/learn\.microsoft\.com\/(?:en-us|zh-cn)\//, 'learn.microsoft.com/<lang>/'],
  [/docs\.python\.org\/(?:zh-cn\/)?3\//, 'docs.python.org/<lang>/3/'],
];
/** Translation status: what must be the same in both locales of a guide, whatever the prose says. */
function skeleton(src: string) {
  const lastVerified = /^lastVerified:\s*(\S+)/m.exec(src)?.[1] ?? null;
  // Fenced code: the same blocks in the same order and languages (strings and comments may be translated).
  const fences = [...src.matchAll(/^```(\S*)/gm)].map((m) => m[1]);
  // Sources: the same pages, with the locale part of OKX's and vendors' doc URLs set aside.
  const sources = [...new Set([...src.matchAll(/\]\((https?:\/\/[^)\s]+)\)|href="(https?:\/\/[^"]+)"/g)]
    .map((m) => LOCALE_IN_URL.reduce((u, [re, to]) => u.replace(re, to), (m[1] ?? m[2])!)))].sort();
  const codeLinks = [...new Set([...src.matchAll(/\/errors\/([^/)"]+)\//g)].map((m) => m[1]))].sort();
  const guideLinks = [...new Set([...src.matchAll(/\/guides\/([^/)"]+)\/(#[\w=-]+)?/g)].map((m) => m[1]! + (m[2] ?? '')))].sort();
  return { lastVerified, fences, sources, codeLinks, guideLinks };
}
/** CJK next to a Latin letter or digit in prose (code, tags, link targets and URLs set aside): the first 10. */
function unspacedCjk(src: string): string[] {
  const prose = src
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '');
  return [...prose.matchAll(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/g)].map((m) => m[0]).slice(0, 10);
}
const headingIds = (src: string) => [...src.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1]);
const SECTIONS = ['summary', 'what-went-wrong', 'causes', 'fix', 'verify', 'examples', 'related', 'sources'];

const zh = files('zh-cn');
const en = files('en');

describe('guides', () => {
  it('exist in both locales with the same slugs', () => {
    expect(zh.length).toBeGreaterThan(0);
    expect(en).toEqual(zh);
  });

  for (const f of zh) {
    describe(f, () => {
      const z = read('zh-cn', f);
      const e = existsSync(new URL(f, dir('en'))) ? read('en', f) : '';
      it('has the template sections, with identical heading ids in both locales', () => {
        const ids = headingIds(z);
        for (const s of SECTIONS) expect(ids, s).toContain(s);
        expect(headingIds(e)).toEqual(ids);
      });
      it('uses only known codes and cause ids, the same in both locales', () => {
        const fz = front(z);
        const fe = front(e);
        expect(fz.codes.length).toBeGreaterThan(0);
        expect(fe).toEqual(fz);
        for (const c of fz.codes) expect(cat.codes.has(c), c).toBe(true);
        for (const c of fz.causes) expect(cat.causes.has(c), c).toBe(true);
        for (const c of fz.causes) expect(headingIds(z), `cause-${c}`).toContain(`cause-${c}`);
        for (const m of z.matchAll(/cause-([a-z0-9-]+)/g)) expect(cat.causes.has(m[1]!), m[1]).toBe(true);
      });
      it('is translated in step: same last-verified date, code blocks, sources and code links in both locales', () => {
        const sz = skeleton(z);
        expect(sz.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(sz.sources.length).toBeGreaterThan(0);
        expect(skeleton(e)).toEqual(sz);
      });
      it('links only to code pages that exist', () => {
        for (const m of (z + e).matchAll(/\(\/(?:en\/)?errors\/([^/)]+)\/\)/g)) expect(cat.codes.has(m[1]!), m[1]).toBe(true);
      });
      it('writes Chinese with spaces between CJK and Latin letters or digits (outside code)', () => {
        expect(unspacedCjk(z)).toEqual([]);
      });
      if (f === 'timestamp-expired.mdx') {
        it('has every OS block of the clock guide in both locales', () => {
          for (const os of OS_IDS) {
            expect(z, os).toContain(`<OsTab os="${os}"`);
            expect(e, os).toContain(`<OsTab os="${os}"`);
          }
        });
      }
    });
  }
});

/**
 * The MDX files of content/<folder>/ in both locales: one test that the file names pair up, then
 * `check(file, zh, en)` per file (run inside a test named by `what`).
 */
function pairedFolder(folder: string, what: string, check: (f: string, z: string, e: string) => void) {
  const fdir = (l: string) => new URL(`../../content/${folder}/${l}/`, import.meta.url);
  const list = (l: string) => readdirSync(fdir(l)).filter((f) => f.endsWith('.mdx')).sort();
  const fz = list('zh-cn');
  it('exist in both locales with the same file names', () => {
    expect(fz.length).toBeGreaterThan(0);
    expect(list('en')).toEqual(fz);
  });
  for (const f of fz) {
    it(`${f}: ${what}`, () => {
      const e = existsSync(new URL(f, fdir('en'))) ? readFileSync(new URL(f, fdir('en')), 'utf8') : '';
      check(f, readFileSync(new URL(f, fdir('zh-cn')), 'utf8'), e);
    });
  }
}

describe('code notes (content/notes/)', () => {
  pairedFolder('notes', 'names a catalog code, is translated in step, and spaces its Chinese', (f, z, e) => {
    const code = /^code:\s*"([^"]+)"/m.exec(z)?.[1];
    expect(code).toBe(f.replace(/\.mdx$/, ''));
    expect(cat.codes.has(code!), code).toBe(true);
    expect(/^code:\s*"([^"]+)"/m.exec(e)?.[1]).toBe(code);
    const sz = skeleton(z);
    expect(sz.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sz.sources.length, 'a note cites its source').toBeGreaterThan(0);
    expect(skeleton(e)).toEqual(sz);
    expect(unspacedCjk(z)).toEqual([]);
  });
});

describe('standalone pages (content/pages/)', () => {
  pairedFolder('pages', 'same sections and skeleton in both locales, Chinese spaced', (_f, z, e) => {
    expect(headingIds(z).length).toBeGreaterThan(0);
    expect(headingIds(e)).toEqual(headingIds(z));
    expect(skeleton(e)).toEqual(skeleton(z));
    expect(unspacedCjk(z)).toEqual([]);
    for (const m of (z + e).matchAll(/\(\/(?:en\/)?errors\/([^/)]+)\/\)/g)) expect(cat.codes.has(m[1]!), m[1]).toBe(true);
  });
});
