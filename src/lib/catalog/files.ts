import type { CatalogSources } from './catalog.ts';

/**
 * Every catalog source file under content/catalog, by its CatalogSources key: the one list. The CLI
 * reads them from disk (src/cli/catalog-fs.ts), the site imports them at build (src/data/catalog.ts),
 * and the single-file bundle embeds them (scripts/build-cli.mjs). A new catalog file is one line here.
 */
export const CATALOG_FILES: Record<keyof CatalogSources, string> = {
  v5: 'okx-v5-codes.tsv',
  legacy: 'okex-legacy-codes.tsv',
  causes: 'causes.tsv',
  codeCauses: 'code-causes.tsv',
  fixes: 'fixes.tsv',
  liveMessages: 'live-messages.tsv',
  libraries: 'libraries.tsv',
  librarySignatures: 'library-signatures.tsv',
  phrasesZh: 'phrases-zh.tsv',
  exchanges: 'exchanges.tsv',
  endpointParams: 'endpoint-params.tsv',
};
