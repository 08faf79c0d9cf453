// The machine's own Node (e.g. Debian's /usr/bin/node), not the Node 22 that npm scripts put first on
// PATH from node_modules: the first `node` on PATH outside any node_modules, else /usr/bin/node.
// Used by the single-file CLI tests and the bench (the file must run on a plain Node ≥ 18).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

export function systemNode() {
  const dirs = (process.env.PATH ?? '').split(':').filter((d) => d && !d.includes('node_modules'));
  for (const p of [...dirs.map((d) => join(d, 'node')), '/usr/bin/node', '/usr/local/bin/node']) {
    try {
      accessSync(p, constants.X_OK);
      if (spawnSync(p, ['--version'], { encoding: 'utf8' }).status === 0) return p;
    } catch {
      // not there
    }
  }
  return null;
}

/** PATH without node_modules folders: child processes (npx, a bin's `env node`) get the system Node. */
export function systemPath() {
  return (process.env.PATH ?? '').split(':').filter((d) => !d.includes('node_modules')).join(':');
}
