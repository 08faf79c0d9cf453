// npm run --silent pack:cli — builds the npm package `okx-doctor` from src/cli and src/lib and prints
// the path of its .tgz as the last line. Zero runtime dependencies: the bin is the same single file
// the site serves (usage lines say `okx-doctor`), the library entry (src/cli/package.ts) is bundled
// the same way with the catalog embedded, and the type declarations come from tsc over the sources.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, root } from './build-cli.mjs';

const cache = join(root, 'node_modules/.cache/okx-doctor');
const stage = join(cache, 'package');
const outDir = join(cache, 'pack');
const { VERSION } = await import(pathToFileURL(join(root, 'src/cli/prog.ts')).href);

rmSync(stage, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
mkdirSync(outDir, { recursive: true });

await bundle({ outfile: join(stage, 'okx-doctor.mjs'), prog: 'okx-doctor' });
await bundle({ entry: 'src/cli/package.ts', outfile: join(stage, 'index.mjs'), prog: 'okx-doctor' });

// Declarations for the library entry and what its types reach, with .ts specifiers made .js
// (the .d.ts files sit where the .js would).
const types = join(stage, 'types');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
execFileSync(process.execPath, [tsc, join(root, 'src/cli/package.ts'), '--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--outDir', types, '--rootDir', join(root, 'src'),
  '--allowImportingTsExtensions', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck', '--types', 'node'], { cwd: root, stdio: 'inherit' });
(function rewrite(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) rewrite(p);
    else if (name.endsWith('.d.ts')) writeFileSync(p, readFileSync(p, 'utf8').replace(/(['"])(\.{1,2}\/[^'"]*?)\.ts\1/g, '$1$2.js$1'));
  }
})(types);

cpSync(join(root, 'src/cli/package-README.md'), join(stage, 'README.md'));
const pkg = {
  name: 'okx-doctor',
  version: VERSION,
  description: 'Diagnose OKX API errors from a bot: explain(error) in a catch block, diagnose a log, follow a running bot, check signatures and the clock.',
  type: 'module',
  bin: { 'okx-doctor': './okx-doctor.mjs' },
  main: './index.mjs',
  types: './types/cli/package.d.ts',
  exports: { '.': { types: './types/cli/package.d.ts', default: './index.mjs' }, './package.json': './package.json' },
  files: ['okx-doctor.mjs', 'index.mjs', 'types', 'README.md'],
  engines: { node: '>=18' },
  keywords: ['okx', 'okx-api', 'ccxt', 'error', 'diagnose', 'trading-bot'],
  license: 'UNLICENSED',
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');

const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const [{ filename }] = JSON.parse(out);
console.log(join(outDir, filename));
