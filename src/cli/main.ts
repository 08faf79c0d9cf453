#!/usr/bin/env node
/**
 * Command-line entry: `npm run --silent cli -- <command> [options]`.
 * Each command lives in its own module exporting run(args, io) and resolving to an exit code.
 */
import type { CliIo } from './io.ts';

const COMMANDS: Record<string, () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>> = {
  sign: () => import('./sign.ts'),
  diagnose: () => import('./diagnose.ts'),
  clock: () => import('./clock.ts'),
};

const USAGE = `usage: npm run --silent cli -- <command> [options]
commands:
  sign       build and check an OKX signature      (sign --help)
  diagnose   read an error paste on stdin           (diagnose --help)
  clock      measure this machine against OKX time  (clock --help)`;

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  const io: CliIo = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
  if (!cmd || cmd === '--help' || cmd === '-h') {
    io.out(USAGE + '\n');
    return cmd ? 0 : 2;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.err(`unknown command "${cmd}"\n${USAGE}\n`);
    return 2;
  }
  let mod;
  try {
    mod = await load();
  } catch {
    io.err(`command "${cmd}" is not available in this build\n`);
    return 2;
  }
  return mod.run(args, io);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
