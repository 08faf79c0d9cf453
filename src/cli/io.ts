/** What a CLI command may touch: injected so tests can run commands in-process. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
}

/** What a command's argument parser returns: its options, a request for help, or an error. */
export type Parsed<T> = T | { help: true } | { error: string };

/**
 * The common start of a command: --help prints the usage (exit 0); a bad argument prints
 * "name: error" and the usage on stderr (exit 2); otherwise the parsed options.
 */
export function settle<T extends object>(parsed: Parsed<T>, name: string, usage: string, io: CliIo): { args: T } | { exit: number } {
  if ('help' in parsed) {
    io.out(usage + '\n');
    return { exit: 0 };
  }
  if ('error' in parsed) {
    io.err(`${name}: ${parsed.error}\n${usage}\n`);
    return { exit: 2 };
  }
  return { args: parsed as T };
}
