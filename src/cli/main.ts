#!/usr/bin/env node
/**
 * Command-line entry: `npm run --silent cli -- <command> [options]`; the same file is the entry of
 * the single-file bundle (dist/cli/okx-doctor.mjs) and of the npm package's bin.
 * Each command lives in its own module exporting run(args, io) and resolving to an exit code.
 */
import type { CliIo } from './io.ts';
import { PROG, VERSION } from './prog.ts';
import { ensureWebCrypto } from './webcrypto.ts';

type Command = () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>;
const COMMANDS: Record<string, Command> = {
  sign: () => import('./sign.ts'),
  diagnose: () => import('./diagnose.ts'),
  clock: () => import('./clock.ts'),
  watch: () => import('./watch.ts'),
};

const USAGE = `usage: ${PROG} <command> [options]
commands:
  sign       build and check an OKX signature         (sign --help)
  diagnose   read an error paste on stdin              (diagnose --help)
  clock      measure this machine against OKX time     (clock --help)
  watch      follow a bot's log and diagnose its errors (watch --help)
  --version  print the version`;

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
  if (cmd === '--version' || cmd === '-v') {
    io.out(`okx-doctor ${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.err(`unknown command "${cmd}"\n${USAGE}\n`);
    return 2;
  }
  await ensureWebCrypto();
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
