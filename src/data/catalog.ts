/**
 * The catalog as the site sees it: the TSV files under content/catalog, parsed and
 * validated with zod at build time. A malformed row fails the build with its file and line.
 */
import v5 from '../../content/catalog/okx-v5-codes.tsv?raw';
import legacy from '../../content/catalog/okex-legacy-codes.tsv?raw';
import causes from '../../content/catalog/causes.tsv?raw';
import codeCauses from '../../content/catalog/code-causes.tsv?raw';
import fixes from '../../content/catalog/fixes.tsv?raw';
import liveMessages from '../../content/catalog/live-messages.tsv?raw';
import { buildCatalog } from '../lib/catalog/catalog.ts';

export const catalog = buildCatalog({ v5, legacy, causes, codeCauses, fixes, liveMessages });
