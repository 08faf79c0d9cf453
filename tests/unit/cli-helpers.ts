/** Shared by the CLI bundle, package and watch tests: the system Node, a fresh bundle, in-process runs. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export { systemNode, systemPath } from '../../scripts/system-node.mjs';

/** Bundle the CLI now (scripts/build-cli.mjs) and copy the file alone into a new empty folder. */
export function freshBundle(): { dir: string; file: string } {
  const build = mkdtempSync(join(tmpdir(), 'okx-cli-build-'));
  const out = join(build, 'okx-doctor.mjs');
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--out', out], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'okx-cli-alone-'));
  const file = join(dir, 'okx-doctor.mjs');
  copyFileSync(out, file);
  rmSync(build, { recursive: true, force: true });
  return { dir, file };
}

/** Remove a temporary folder a test made. */
export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export type Run = (args: string[], io: CliIo) => Promise<number>;

/** Run a command module in-process, as main.ts would, and collect its output and exit code. */
export async function inProcess(run: Run, args: string[], stdin: string | Uint8Array = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}
