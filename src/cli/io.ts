/** What a CLI command may touch: injected so tests can run commands in-process. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
}
