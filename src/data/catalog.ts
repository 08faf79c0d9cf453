/**
 * The catalog as the site sees it: the TSV files under content/catalog (the list is CATALOG_FILES),
 * parsed and validated with zod at build time. A malformed row fails the build with its file and line.
 */
import { buildCatalog, type CatalogSources } from '../lib/catalog/catalog.ts';
import { CATALOG_FILES } from '../lib/catalog/files.ts';

const files = import.meta.glob<string>('../../content/catalog/*.tsv', { query: '?raw', import: 'default', eager: true });
const sources = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([key, file]) => {
    const text = files[`../../content/catalog/${file}`];
    if (text === undefined) throw new Error(`content/catalog/${file} is missing`);
    return [key, text];
  }),
) as unknown as CatalogSources;

export const catalog = buildCatalog(sources);
