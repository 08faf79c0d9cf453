import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog, type CatalogSources } from '../lib/catalog/catalog.ts';
import { fromCatalog } from '../lib/doctor/catalog-adapter.ts';
import type { DoctorCatalog } from '../lib/doctor/types.ts';

/**
 * Every catalog source file, by its CatalogSources key: the one list. The CLI reads these from
 * content/catalog; the single-file bundle (scripts/build-cli.mjs) embeds the doctor's catalog
 * built from the same files at bundle time. A new catalog file is one line here.
 */
export const CATALOG_FILES: Record<keyof CatalogSources, string> = {
  v5: 'okx-v5-codes.tsv',
  legacy: 'okex-legacy-codes.tsv',
  causes: 'causes.tsv',
  codeCauses: 'code-causes.tsv',
  fixes: 'fixes.tsv',
  liveMessages: 'live-messages.tsv',
};

const dir = fileURLToPath(new URL('../../content/catalog/', import.meta.url));

export function readCatalogSources(): CatalogSources {
  const out: Partial<CatalogSources> = {};
  for (const [key, file] of Object.entries(CATALOG_FILES) as [keyof CatalogSources, string][]) out[key] = readFileSync(dir + file, 'utf8');
  return out as CatalogSources;
}

let cached: Catalog | undefined;
/** The catalog read from content/catalog on disk (CLI and tests). */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readCatalogSources());
  return cached;
}

let doctorCached: DoctorCatalog | undefined;
/**
 * The doctor's view of the catalog: what the commands use. In the single-file bundle this module
 * is replaced by one exporting only this function over the compact catalog built at bundle time.
 */
export function loadDoctorCatalog(): DoctorCatalog {
  doctorCached ??= fromCatalog(loadCatalog());
  return doctorCached;
}
