// Printed at the end of `npm run build`: how many codes still lack a cause row (content/catalog/code-causes.tsv).
import { coverage, coverageLine } from '../src/lib/catalog/catalog.ts';
import { loadCatalog } from '../src/cli/catalog-fs.ts';

console.log(coverageLine(coverage(loadCatalog())));
