/**
 * The single-file CLI as the site serves it: its bytes (for /cli/okx-doctor.mjs) and the size and
 * SHA-256 shown on the CLI page. `npm run build` bundles it first (scripts/build-cli.mjs); when the
 * file is missing (astro dev, astro check) it is bundled here. Paths are from the project root,
 * where astro runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.cwd();
const file = join(root, 'node_modules/.cache/okx-doctor/okx-doctor.mjs');

export interface CliFile {
  bytes: Uint8Array;
  size: number;
  gzipSize: number;
  sha256: string;
}

let cached: CliFile | undefined;

export function cliFile(): CliFile {
  if (cached) return cached;
  if (!existsSync(file)) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--out', file], { cwd: root, stdio: 'inherit' });
  const bytes = readFileSync(file);
  cached = { bytes, size: bytes.length, gzipSize: gzipSync(bytes, { level: 9 }).length, sha256: createHash('sha256').update(bytes).digest('hex') };
  return cached;
}
