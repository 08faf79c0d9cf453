import { DEFAULT_SITE } from '../lib/site.ts';
import { stripEnd } from '../lib/text.ts';

/**
 * How the user runs the command line, for usage lines. The single-file bundle and the npm package
 * replace process.env.OKX_DOCTOR_PROG at build time (scripts/build-cli.mjs); in the repo it is npm run.
 */
export const PROG: string = process.env.OKX_DOCTOR_PROG ?? 'npm run --silent cli --';

/** Version of the command line, printed by --version and used for the npm package. */
export const VERSION = '1.0.0';

/** Origin of the code pages the commands link to: SITE_URL as for the site (fixed in the bundle at build). */
export const SITE: string = stripEnd(process.env.SITE_URL || DEFAULT_SITE, '/');
