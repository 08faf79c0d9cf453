import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog, type CatalogSources } from '../lib/catalog/catalog.ts';
import { CATALOG_FILES } from '../lib/catalog/files.ts';
import { fromCatalog } from '../lib/doctor/catalog-adapter.ts';
import type { DoctorCatalog } from '../lib/doctor/types.ts';

export { CATALOG_FILES };

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
