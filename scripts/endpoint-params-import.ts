// Build content/catalog/endpoint-params.tsv (OKX v5 REST endpoint parameters and their formats)
// from a crawl of OKX's English docs: one markdown file per endpoint, each with front matter
// `anchor_id`, a "#### HTTP Request" line (`GET /api/v5/...`) and a "#### Request Parameters" table.
//   npm run catalog:params -- DIR            a directory of those .md files (searched recursively)
//   npm run catalog:params -- REPO.git [REF] a bare git repo of the crawl (files under docs/crypto/okx, read with git show)
//   add --stdout to print the table instead of writing it (npm run --silent …). Paths: absolute, or relative to the repo.
// Only parameters whose format the docs state are kept (src/lib/catalog/endpoint-params.ts says how each
// is classified). The crawl's files are never committed; only the derived table is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, CatalogError } from '../src/lib/catalog/catalog.ts';
import { parseEndpointDoc, toEndpointParamsTsv, type EndpointDoc } from '../src/lib/catalog/endpoint-params.ts';
import { readCatalogSources } from '../src/cli/catalog-fs.ts';

const args = process.argv.slice(2);
const toStdout = args.includes('--stdout');
const [src, ref = 'HEAD'] = args.filter((a) => a !== '--stdout');
if (!src || !existsSync(src) || !statSync(src).isDirectory()) {
  console.error('usage: npm run catalog:params -- [--stdout] DIR | BARE-REPO [REF]');
  process.exit(2);
}

/** Markdown files below dir, in name order; symbolic links are not followed. */
function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (e.isFile() && e.name.endsWith('.md')) yield readFileSync(p, 'utf8');
  }
}

function* bareRepoFiles(repo: string): Generator<string> {
  const git = (...a: string[]) => execFileSync('git', ['--git-dir', repo, ...a], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const names = git('ls-tree', '-r', '--name-only', ref, '--', 'docs/crypto/okx').split('\n').filter((n) => n.endsWith('.md')).sort();
  for (const n of names) yield git('show', `${ref}:${n}`);
}

const bare = existsSync(join(src, 'HEAD')) && existsSync(join(src, 'objects'));
const docs: EndpointDoc[] = [];
for (const md of bare ? bareRepoFiles(src) : markdownFiles(src)) {
  const d = parseEndpointDoc(md);
  if (d) docs.push(d);
}
const tsv = toEndpointParamsTsv(docs);
if (docs.length === 0) {
  console.error(`endpoint-params-import: no endpoint files in ${src} (markdown with anchor_id, "#### HTTP Request" and "#### Request Parameters")`);
  process.exit(1);
}
// The table must load as the catalog loads it (schema in src/lib/catalog/schema.ts); nothing is written otherwise.
try {
  buildCatalog({ ...readCatalogSources(), endpointParams: tsv });
} catch (e) {
  if (!(e instanceof CatalogError)) throw e;
  console.error(`endpoint-params-import: the generated table does not validate: ${e.message}`);
  process.exit(1);
}
if (toStdout) process.stdout.write(tsv);
else {
  const target = fileURLToPath(new URL('../content/catalog/endpoint-params.tsv', import.meta.url));
  writeFileSync(target, tsv);
  const rows = tsv.split('\n').length - 2;
  const endpoints = new Set(tsv.split('\n').slice(1, -1).map((l) => l.split('\t').slice(0, 2).join(' '))).size;
  console.log(`endpoint-params.tsv: ${rows} rows, ${endpoints} endpoints (of ${docs.length} endpoint files read), ${Buffer.byteLength(tsv)} bytes`);
}
