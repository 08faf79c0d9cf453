// Builds the command line (src/cli/main.ts over src/lib) into one ES module with no import outside
// node: built-ins and the catalog embedded: dist/cli/okx-doctor.mjs on the site, the npm package's
// bin, and its library entry. The catalog is built (and validated) here from the files listed in
// CATALOG_FILES of src/cli/catalog-fs.ts, the one list, and embedded in place of that module as the
// doctor's compact catalog (the same form the site's doctor fetches; fromCatalog goes through it).
//
//   node scripts/build-cli.mjs [--out FILE]    (default node_modules/.cache/okx-doctor/okx-doctor.mjs;
//   the site serves it as /cli/okx-doctor.mjs, src/pages/cli/okx-doctor.mjs.ts)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const { DEFAULT_SITE } = await import(pathToFileURL(join(root, 'src/lib/site.ts')).href);

/** The site's canonical origin, as astro.config.mjs reads it. */
export const siteOrigin = () => (process.env.SITE_URL || DEFAULT_SITE).replace(/\/+$/, '');
export const DEFAULT_OUT = join(root, 'node_modules/.cache/okx-doctor/okx-doctor.mjs');

/**
 * esbuild plugin: src/cli/catalog-fs.ts (which reads the files of CATALOG_FILES from disk and
 * validates them) becomes a module whose loadDoctorCatalog() returns the catalog built from those
 * same files at bundle time. A command importing anything else from catalog-fs fails the bundle.
 */
export function embedCatalog() {
  return {
    name: 'okx-embed-catalog',
    setup(b) {
      b.onResolve({ filter: /[\\/]catalog-fs\.ts$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'okx-catalog' }));
      b.onLoad({ filter: /.*/, namespace: 'okx-catalog' }, async () => {
        const { CATALOG_FILES, loadCatalog } = await import(pathToFileURL(join(root, 'src/cli/catalog-fs.ts')).href);
        const { toCompact } = await import(pathToFileURL(join(root, 'src/lib/doctor/catalog-adapter.ts')).href);
        return {
          loader: 'js',
          resolveDir: join(root, 'src/cli'),
          watchFiles: Object.values(CATALOG_FILES).map((f) => join(root, 'content/catalog', f)),
          contents: `import { fromCompact } from '../lib/doctor/catalog-adapter.ts';
let cached;
export function loadDoctorCatalog() {
  return (cached ??= fromCompact(${JSON.stringify(JSON.stringify(toCompact(loadCatalog())))}));
}`,
        };
      });
    },
  };
}

/**
 * Bundle one entry. prog is how the user runs it (usage lines); returns the output path.
 * Fails when the output would import anything but node: built-ins.
 */
export async function bundle({ entry = 'src/cli/main.ts', outfile = DEFAULT_OUT, prog = 'node okx-doctor.mjs', minify = true } = {}) {
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node18',
    minify,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // The usage lines name the file; code-page URLs use the origin the site is built for (SITE_URL).
    define: { 'process.env.OKX_DOCTOR_PROG': JSON.stringify(prog), 'process.env.SITE_URL': JSON.stringify(siteOrigin()) },
    plugins: [embedCatalog()],
  });
  const outside = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => !i.path.startsWith('node:'));
  if (outside.length) throw new Error(`bundle imports non-builtin modules: ${outside.map((i) => i.path).join(', ')}`);
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out');
  await bundle({ outfile: i > 0 ? process.argv[i + 1] : DEFAULT_OUT });
}
