/**
 * `okx-doctor watch FILE` / `… | okx-doctor watch -`: follows a bot's log as it grows (like
 * `tail -F`: survives truncation and rotation by rename) and prints one short diagnosis line per
 * OKX error, once per code and top cause within --window. The pure parts (line assembly, binary
 * chunks, dedupe, the hit line) are in src/lib/watch; this is the file/stdin/signal shell.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { loadDoctorCatalog } from './catalog-fs.ts';
import { settle, type CliIo, type Parsed } from './io.ts';
import { PROG, SITE } from './prog.ts';
import type { DoctorCatalog, Lang } from '../lib/doctor/index.ts';
import { DedupeWindow, formatHit, hitKey, LineAssembler, lineHits, parseDuration } from '../lib/watch/index.ts';

export const USAGE = `usage: ${PROG} watch FILE [options]
       some-bot 2>&1 | ${PROG} watch - [options]
Follows the log as it grows (survives truncation and rotation, like tail -F) and prints one line
per OKX error (a log line holding an OKX code): code, most likely cause, first fix step, code page.
Nothing from the log itself is printed, so its secrets never are.
options:
  --window D     report the same code and cause again only after D (default 10m; 30s, 1h, 0 = every time)
  --jsonl        one JSON object per line: {"time","code","cause","title","fix","url"}
  --lang en|zh   language of the cause and fix (default en)
  --from-start   read FILE from its beginning (default: only what is written from now on)
  --interval MS  how often FILE is checked, 50-10000 ms (default 500)
  -h, --help     this help
Ctrl-C ends it (exit 0).`;

const CHUNK = 64 * 1024;
/** Read at most this much per check; more waits for the next turn of the loop (no sleep). */
const MAX_PER_TICK = 4 * 1024 * 1024;
/** A backlog larger than this is skipped (the watcher reports what happens now, not history). */
const MAX_BACKLOG = 64 * 1024 * 1024;

interface Options {
  file: string;
  windowMs: number;
  jsonl: boolean;
  lang: Lang;
  fromStart: boolean;
  intervalMs: number;
}

function parseArgs(args: string[]): Parsed<Options> {
  let file: string | undefined;
  const o = { windowMs: 600_000, jsonl: false, lang: 'en' as Lang, fromStart: false, intervalMs: 500 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--from-start') o.fromStart = true;
    else if (/^--(window|lang|interval)(=|$)/.test(a)) {
      const name = a.split('=')[0]!;
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined || v === '') return { error: `${name} needs a value` };
      if (name === '--window') {
        const ms = parseDuration(v);
        if (ms === null) return { error: `--window must be a duration like 10m, 30s or 1h, not "${v}"` };
        o.windowMs = ms;
      } else if (name === '--lang') {
        if (v === 'zh' || v === 'zh-cn' || v === 'zh-CN') o.lang = 'zh';
        else if (v === 'en') o.lang = 'en';
        else return { error: '--lang must be en or zh' };
      } else {
        if (!/^\d+$/.test(v) || Number(v) < 50 || Number(v) > 10_000) return { error: '--interval must be a whole number of ms from 50 to 10000' };
        o.intervalMs = Number(v);
      }
    } else if (a === '-' || !a.startsWith('-')) {
      if (file !== undefined) return { error: `only one file can be watched (got "${file}" and "${a}")` };
      file = a;
    } else return { error: `unknown option "${a}"` };
  }
  if (file === undefined) return { error: 'give a FILE to watch, or - for standard input' };
  return { file, ...o };
}

/** Diagnoses each line and prints its hits that the dedupe window lets through. */
function reporter(io: CliIo, cat: DoctorCatalog, o: Options, site: string): Reporter {
  const dedupe = new DedupeWindow(o.windowMs);
  return {
    line(line: string): void {
      const now = Date.now();
      for (const h of lineHits(line, cat, o.lang, site)) {
        if (!dedupe.report(hitKey(h), now)) continue;
        io.out((o.jsonl ? JSON.stringify({ time: new Date(now).toISOString(), ...h }) : formatHit(h, o.lang)) + '\n');
      }
    },
  };
}

interface Reporter {
  line(line: string): void;
}

function notice(io: CliIo, s: string): void {
  io.err(`watch: ${s}\n`);
}

/** Feed one chunk; lines go to the reporter; binary data and cut lines get a notice (binary: once per run of it). */
function feed(asm: LineAssembler, chunk: Uint8Array, rep: Reporter, io: CliIo, state: { binaryNoticed: boolean }): void {
  const r = asm.push(chunk);
  if (r.binary && !state.binaryNoticed) notice(io, `skipping binary data in the input (${r.binary} line(s))`);
  if (r.binary) state.binaryNoticed = true;
  else if (r.lines.length) state.binaryNoticed = false;
  if (r.cut) notice(io, `${r.cut} line(s) longer than 64 KiB were cut`);
  for (const l of r.lines) rep.line(l);
}

function watchStdin(io: CliIo, rep: Reporter, stop: Promise<void>): Promise<number> {
  const asm = new LineAssembler();
  const state = { binaryNoticed: false };
  return new Promise((resolve) => {
    const end = () => {
      const last = asm.flush();
      if (last !== null) rep.line(last);
      resolve(0);
    };
    process.stdin.on('data', (c: Buffer) => {
      for (let i = 0; i < c.length; i += CHUNK) feed(asm, c.subarray(i, i + CHUNK), rep, io, state);
    });
    process.stdin.on('end', end);
    process.stdin.on('error', (e) => {
      notice(io, `cannot read standard input: ${e.message}`);
      resolve(1);
    });
    void stop.then(() => {
      process.stdin.pause();
      process.stdin.destroy();
      resolve(0);
    });
  });
}

interface Open {
  fd: number;
  ino: number;
  dev: number;
  pos: number;
}

function watchFile(io: CliIo, rep: Reporter, o: Options, stop: Promise<void>): Promise<number> {
  const asm = new LineAssembler();
  const state = { binaryNoticed: false };
  const buf = new Uint8Array(CHUNK);
  let cur: Open | null = null;
  let stopped = false;
  let waitingNoticed = false;

  const open = (fromStart: boolean): Open | null => {
    let fd: number;
    try {
      fd = openSync(o.file, 'r');
    } catch (e) {
      if (!waitingNoticed) notice(io, `waiting for ${o.file} (${(e as NodeJS.ErrnoException).code ?? 'cannot open'})`);
      waitingNoticed = true;
      return null;
    }
    waitingNoticed = false;
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      closeSync(fd);
      throw new Error(`${o.file} is a directory`);
    }
    return { fd, ino: st.ino, dev: st.dev, pos: fromStart ? 0 : st.size };
  };

  /** Read what is new in the open file, at most MAX_PER_TICK; true when more is waiting. */
  const drain = (f: Open): boolean => {
    const size = fstatSync(f.fd).size;
    if (size < f.pos) {
      notice(io, `${o.file} was truncated; reading from its start`);
      f.pos = 0;
      asm.reset();
    }
    if (size - f.pos > MAX_BACKLOG) {
      notice(io, `skipped ${((size - f.pos) / 1048576).toFixed(0)} MiB of backlog in ${o.file}`);
      f.pos = size;
      asm.reset();
    }
    let read = 0;
    while (read < MAX_PER_TICK) {
      const n = readSync(f.fd, buf, 0, CHUNK, f.pos);
      if (n <= 0) return false;
      f.pos += n;
      read += n;
      feed(asm, buf.subarray(0, n), rep, io, state);
    }
    return true;
  };

  const tick = (): boolean => {
    if (!cur) {
      // A file that appears after we started waiting for it is new: read it from its start (as tail -F).
      cur = open(o.fromStart || waitingNoticed);
      if (!cur) return false;
    }
    let more = drain(cur);
    // Rotation: the name now points at another file (or none). Finish the old one, then switch.
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(o.file);
    } catch {
      st = undefined;
    }
    if (!more && (!st || st.ino !== cur.ino || st.dev !== cur.dev)) {
      const last = asm.flush();
      if (last !== null) rep.line(last);
      closeSync(cur.fd);
      cur = null;
      if (st) {
        notice(io, `${o.file} was replaced; following the new file`);
        cur = open(true);
        if (cur) more = drain(cur);
      }
    }
    return more;
  };

  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loop = () => {
      if (stopped) return;
      let more: boolean;
      try {
        more = tick();
      } catch (e) {
        reject(e);
        return;
      }
      timer = setTimeout(loop, more ? 0 : o.intervalMs);
    };
    notice(io, `following ${o.file}${o.fromStart ? '' : ' from its end'} (Ctrl-C to stop)`);
    void stop.then(() => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (cur) closeSync(cur.fd);
      resolve(0);
    });
    loop();
  });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const s = settle(parseArgs(args), 'watch', USAGE, io);
  if ('exit' in s) return s.exit;
  const parsed = s.args;
  if (parsed.file !== '-') {
    try {
      if (statSync(parsed.file).isDirectory()) {
        io.err(`watch: ${parsed.file} is a directory\n`);
        return 2;
      }
    } catch {
      // Not there yet: the watcher waits for it, like tail -F.
    }
  }
  const rep = reporter(io, loadDoctorCatalog(), parsed, SITE);
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return parsed.file === '-' ? watchStdin(io, rep, stop) : watchFile(io, rep, parsed, stop);
}
