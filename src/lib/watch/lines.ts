/**
 * Splits a growing byte stream (a followed log file or stdin), read in bounded chunks, into lines
 * in bounded memory: a line longer than maxLine bytes is cut there and the rest of it is dropped;
 * a line that looks binary (NUL bytes or mostly control characters) is skipped and counted, so a
 * bot writing a core dump or a gzip into its log cannot stall or crash the watcher, and the text
 * lines around it are still read.
 */

export interface PushResult {
  lines: string[];
  /** Lines that were longer than maxLine and cut. */
  cut: number;
  /** Lines skipped as binary. */
  binary: number;
}

export const DEFAULT_MAX_LINE = 64 * 1024;

/** Bytes are binary when they hold a NUL byte or more than 10% control bytes other than tab, CR, LF, ESC, FF. */
export function looksBinary(chunk: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 27 && b !== 12) control++;
  }
  return chunk.length > 0 && control * 10 > chunk.length;
}

const decoder = new TextDecoder('utf-8');

export class LineAssembler {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Inside a line already cut at maxLine: drop bytes until its newline. */
  private dropping = false;

  private readonly maxLine: number;

  constructor(maxLine = DEFAULT_MAX_LINE) {
    this.maxLine = maxLine;
  }

  push(chunk: Uint8Array): PushResult {
    const r: PushResult = { lines: [], cut: 0, binary: 0 };
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (!this.dropping) {
        const room = this.maxLine - this.pendingBytes;
        if (piece.length > room) {
          this.keep(piece.subarray(0, room));
          r.cut++;
          this.emit(r);
          this.dropping = true;
        } else this.keep(piece);
      }
      if (nl === -1) break;
      if (!this.dropping) this.emit(r);
      this.dropping = false;
      start = nl + 1;
    }
    return r;
  }

  /** The unterminated last line, if any and not binary (at the end of input). */
  flush(): string | null {
    const r: PushResult = { lines: [], cut: 0, binary: 0 };
    if (!this.dropping && this.pendingBytes > 0) this.emit(r);
    this.reset();
    return r.lines[0] ?? null;
  }

  /** Forget the partial line (the file was truncated or replaced). */
  reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.dropping = false;
  }

  private keep(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pending.push(piece.slice());
    this.pendingBytes += piece.length;
  }

  /** The pending bytes as a line of r, or counted in r.binary. */
  private emit(r: PushResult): void {
    const bytes = new Uint8Array(this.pendingBytes);
    let o = 0;
    for (const p of this.pending) {
      bytes.set(p, o);
      o += p.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    if (looksBinary(bytes)) r.binary++;
    else r.lines.push(decoder.decode(bytes).replace(/\r$/, ''));
  }
}
