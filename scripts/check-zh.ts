/**
 * Chinese text check over the built zh pages (issue #14): every built index.html outside dist/en/,
 * each page's <title>, meta description, visible prose and links to guides through src/lib/zh/check.ts. Prints
 * page, rule, what was found and the sentence (for guide-name: the link); exits 1 on any finding. Run after `npm run build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkProse, checkTitle, guideLinkLabels, guideNames, punctSpace, type Finding } from '../src/lib/zh/check.ts';
import { frontMatterTitle, parseGlossary } from '../src/lib/zh/glossary.ts';
import { pageText } from '../src/lib/zh/html.ts';
import { PROPER_NAMES } from '../src/lib/zh/names.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const glossary = parseGlossary(readFileSync(join(root, 'content/glossary.zh.tsv'), 'utf8'));
// Each guide's one name: its title (front matter) or the short form in the glossary.
const guideDir = join(root, 'content/guides/zh-cn');
const titles: Record<string, string> = {};
for (const f of readdirSync(guideDir)) {
  if (!f.endsWith('.mdx')) continue;
  const t = frontMatterTitle(readFileSync(join(guideDir, f), 'utf8'));
  if (t !== undefined) titles[f.slice(0, -4)] = t;
}
const names = guideNames(glossary, titles);

function* pages(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (dir === dist && (name === 'en' || name === '_astro' || name === 'pagefind' || name === 'cli')) continue;
      yield* pages(p);
    } else if (name === 'index.html' || (dir === dist && name === '404.html')) yield p;
  }
}

const t0 = performance.now();
let count = 0;
const findings: { page: string; f: Finding }[] = [];
for (const file of pages(dist)) {
  count++;
  const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const { title, description, prose, links } = pageText(readFileSync(file, 'utf8'));
  for (const f of [...checkTitle(title), ...punctSpace(description), ...checkProse(prose, glossary, PROPER_NAMES), ...guideLinkLabels(links, names)]) findings.push({ page, f });
}
const byRule = new Map<string, number>();
for (const { page, f } of findings) {
  byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(`${page}\t${f.rule}\t${f.match}\t${f.sentence}`);
}
const ms = Math.round(performance.now() - t0);
if (findings.length > 0) {
  console.error(`check-zh: ${findings.length} finding(s) on ${new Set(findings.map((x) => x.page)).size} of ${count} zh pages (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}), ${ms} ms`);
  process.exit(1);
}
console.log(`check-zh: ${count} zh pages clean, ${ms} ms`);
