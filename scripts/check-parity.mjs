// Slug parity over the built site: every zh-CN page has an English twin at /en/... and vice versa.
// Code pages: every one says what to do (except the success codes), and both locales show the same
// causes, checks and fix steps (translation parity of the catalog's cause texts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name === 'index.html') out.push(relative(dist, p).split(sep).join('/'));
  }
  return out;
}
const pages = walk(dist).filter((p) => !p.startsWith('pagefind/'));
const en = new Set(pages.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)));
const zh = new Set(pages.filter((p) => !p.startsWith('en/')));
const missingEn = [...zh].filter((p) => !en.has(p));
const missingZh = [...en].filter((p) => !zh.has(p));
for (const p of missingEn) console.error(`missing English twin of /${p}`);
for (const p of missingZh) console.error(`missing zh-CN twin of /en/${p}`);
const SUCCESS = new Set(['errors/0/index.html', 'errors/v3-0/index.html']);
const shape = (html) => {
  const todo = html.includes('data-testid="what-to-do"');
  const causes = [...html.matchAll(/ id="cause-([a-z0-9-]+)"/g)].map((m) => m[1]).join(' ');
  const fixes = (html.match(/<ol class="fixes"/g) ?? []).length;
  const steps = [...html.matchAll(/<ol class="fixes"[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => (m[1].match(/<li/g) ?? []).length).join(',');
  return { todo, key: `${causes} | ${fixes} | ${steps}` };
};
const codePages = [...zh].filter((p) => p.startsWith('errors/') && p !== 'errors/index.html');
const noCause = [];
const unequal = [];
let said = 0;
for (const p of codePages) {
  if (!en.has(p)) continue;
  const a = shape(readFileSync(join(dist, p), 'utf8'));
  const b = shape(readFileSync(join(dist, 'en', p), 'utf8'));
  if (a.todo && b.todo) said++;
  else if (!SUCCESS.has(p)) noCause.push(p);
  if (a.key !== b.key) unequal.push(`${p}: zh ${a.key} / en ${b.key}`);
}
for (const p of noCause) console.error(`code page without "what to do": /${p}`);
for (const p of unequal) console.error(`code page causes differ between locales: /${p}`);
console.log(`code pages: ${codePages.length} per locale, ${said} say what to do (success codes excepted), ${unequal.length} differ between locales`);
const failed = missingEn.length + missingZh.length + noCause.length + unequal.length;
console.log(`slug parity: ${zh.size} zh-CN pages, ${en.size} en pages`);
console.log(`parity: ${zh.size + en.size - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
