// One-off import used to create content/catalog/okx-v5-codes.tsv:
//   node scripts/import-catalog.mjs <shared okx-error-codes.tsv> <zh.tsv>... > content/catalog/okx-v5-codes.tsv
// Each zh.tsv line is "code<TAB>English message<TAB>Chinese rendering". The output inserts a
// message_zh column after message. A note_zh column (Chinese of the editorial note) was added by hand
// afterwards. After the import, the catalog in content/ is the source of truth.
import { readFileSync } from 'node:fs';

const [src, ...zhFiles] = process.argv.slice(2);
if (!src || zhFiles.length === 0) {
  console.error('usage: node scripts/import-catalog.mjs <okx-error-codes.tsv> <zh.tsv>...');
  process.exit(2);
}
const zh = new Map();
for (const f of zhFiles) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [code, msg, text] = line.split('\t');
    zh.set(`${code}\t${msg}`, text);
  }
}
const [header, ...rows] = readFileSync(src, 'utf8').split('\n').filter((l) => l.trim());
const cols = header.split('\t');
const at = cols.indexOf('message') + 1;
const out = [[...cols.slice(0, at), 'message_zh', ...cols.slice(at)].join('\t')];
let missing = 0;
for (const row of rows) {
  const f = row.split('\t');
  const text = zh.get(`${f[0]}\t${f[2]}`) ?? process.env.PLACEHOLDER;
  if (text === undefined) {
    missing++;
    console.error(`no Chinese rendering for ${f[0]}: ${f[2]}`);
  }
  out.push([...f.slice(0, at), text ?? '', ...f.slice(at)].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
if (missing) process.exit(1);
