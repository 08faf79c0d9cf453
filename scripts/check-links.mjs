// Link check over the built site: every internal <a href> resolves to a built page or file, every
// #fragment exists on its target page, and every page is reachable from the home pages (no orphans).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const pages = new Map(); // url path -> html
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'pagefind' && name !== '_astro') walk(p); }
    else if (name.endsWith('.html')) {
      const rel = '/' + relative(dist, p).split(sep).join('/');
      const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      pages.set(url, readFileSync(p, 'utf8'));
    }
  }
}
walk(dist);

const idsCache = new Map();
function ids(url) {
  if (!idsCache.has(url)) {
    const html = pages.get(url) ?? '';
    idsCache.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))));
  }
  return idsCache.get(url);
}
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

const errors = [];
const inbound = new Map([...pages.keys()].map((k) => [k, 0]));
let checked = 0;
for (const [url, html] of pages) {
  // links inside the page's head (canonical, alternates) and body
  const hrefs = [...html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)].map((m) => decode(m[1]));
  for (const href of hrefs) {
    if (/^(https?:|mailto:|data:)/.test(href)) continue;
    checked++;
    const u = new URL(href, 'http://site' + url);
    if (u.origin !== 'http://site') continue;
    let path = decodeURIComponent(u.pathname);
    if (path.endsWith('/') || !/\.[a-z0-9]+$/i.test(path)) {
      if (!path.endsWith('/')) path += '/';
      if (!pages.has(path)) { errors.push(`${url}: broken link ${href}`); continue; }
      if (path !== url) inbound.set(path, (inbound.get(path) ?? 0) + 1);
      const frag = decodeURIComponent(u.hash.slice(1));
      if (frag && !ids(path).has(frag)) errors.push(`${url}: missing anchor ${href}`);
    } else if (!existsSync(join(dist, path))) {
      errors.push(`${url}: missing file ${href}`);
    }
  }
}
const roots = new Set(['/', '/en/', '/404.html']);
const orphans = [...inbound].filter(([p, n]) => n === 0 && !roots.has(p)).map(([p]) => p);
for (const o of orphans) errors.push(`orphan page (no internal link points to it): ${o}`);

for (const e of errors.slice(0, 50)) console.error(e);
if (errors.length > 50) console.error(`… and ${errors.length - 50} more`);
console.log(`link check: ${pages.size} pages, ${checked} internal links`);
console.log(`links: ${checked - errors.length} passed, ${errors.length} failed`);
process.exit(errors.length ? 1 : 0);
