// Slug parity over the built site: every zh-CN page has an English twin at /en/... and vice versa.
import { readdirSync, statSync } from 'node:fs';
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
const failed = missingEn.length + missingZh.length;
console.log(`slug parity: ${zh.size} zh-CN pages, ${en.size} en pages`);
console.log(`parity: ${zh.size + en.size - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
