import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A file of the project's read-only shared folder (`shared/`, laid beside the repository on every
 * machine and in CI: `<repo>/../shared`), or OKX_SHARED_DIR when set. Crawls of OKX's docs are read
 * from there, never copied into the repository.
 */
export function sharedFile(rel: string): string {
  const dir = process.env.OKX_SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
  const path = `${dir.replace(/\/$/, '')}/${rel}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: the shared folder sits beside the repository (or set OKX_SHARED_DIR)`);
  return path;
}
