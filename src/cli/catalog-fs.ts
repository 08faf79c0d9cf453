import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../lib/catalog/catalog.ts';

const dir = fileURLToPath(new URL('../../content/catalog/', import.meta.url));

export function readCatalogSources() {
  const read = (f: string) => readFileSync(dir + f, 'utf8');
  return {
    v5: read('okx-v5-codes.tsv'),
    legacy: read('okex-legacy-codes.tsv'),
    causes: read('causes.tsv'),
    codeCauses: read('code-causes.tsv'),
    fixes: read('fixes.tsv'),
    liveMessages: read('live-messages.tsv'),
  };
}

let cached: Catalog | undefined;
/** The catalog read from content/catalog on disk (CLI and tests). */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readCatalogSources());
  return cached;
}
