// Bring content/catalog/okx-v5-codes.tsv in line with a crawl of OKX's docs error-code section
// (the crawl's markdown, or the HTML of https://www.okx.com/docs-v5/en/#error-code saved to a file).
//   npm run catalog:update -- FILE [--date YYYY-MM-DD]        write the update, print a summary
//   npm run --silent catalog:update -- --diff FILE --json      write nothing, print {"added","removed","changed"}
// Our own columns (Chinese rendering, notes, ccxt class, category) are kept; see src/lib/catalog/update.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../src/lib/catalog/catalog.ts';
import { updateCatalog } from '../src/lib/catalog/update.ts';
import { readCatalogSources } from '../src/cli/catalog-fs.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, name === '--date' ? 2 : 1)[1] ?? '' : undefined;
};
const json = flag('--json') !== undefined;
const diffOnly = flag('--diff') !== undefined;
const date = flag('--date');
const file = args[0];
if (!file || args.length > 1 || (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
  console.error('usage: npm run catalog:update -- [--diff] [--json] [--date YYYY-MM-DD] FILE');
  process.exit(2);
}

const target = fileURLToPath(new URL('../content/catalog/okx-v5-codes.tsv', import.meta.url));
let result;
try {
  result = updateCatalog(readFileSync(target, 'utf8'), readFileSync(file, 'utf8'), date ? { date } : {});
} catch (e) {
  console.error(`catalog:update: ${(e as Error).message}`);
  process.exit(1);
}
const { added, removed, changed } = result;
if (json) console.log(JSON.stringify({ added, removed, changed }));
if (diffOnly) process.exit(0);

// Validate before writing: a row the catalog would reject never reaches the file.
const sources = { ...readCatalogSources(), v5: result.tsv };
const cat = buildCatalog(sources);
writeFileSync(target, result.tsv);
if (!json) {
  const uncaused = cat.order.filter((c) => c !== '0' && cat.codes.get(c)!.causes.length === 0);
  console.log(`OKX docs of ${result.date}: ${added.length} added, ${removed.length} removed, ${changed.length} changed.`);
  if (added.length) console.log(`  added: ${added.join(' ')} (category 'other' and Chinese from OKX's text: review them)`);
  if (removed.length) console.log(`  removed (pages stay, marked): ${removed.join(' ')}`);
  if (changed.length) console.log(`  changed: ${changed.join(' ')}`);
  if (result.reviewZh.length) console.log(`  English text changed, check our Chinese rendering: ${result.reviewZh.join(' ')}`);
  if (result.zhOnly.length) console.log(`  only in OKX's Chinese table (not imported): ${result.zhOnly.join(' ')}`);
  console.log(`  codes without a cause row in content/catalog/code-causes.tsv: ${uncaused.length}`);
}
