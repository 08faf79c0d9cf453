/**
 * `npm run --silent cli -- diagnose [--lang zh] [--json]` reads an error paste on stdin and prints
 * a diagnosis. `--jsonl` reads {"id","raw"} lines and writes one {"id","code","codes","causes"} line each
 * (`--full`: {"id","diagnosis"}, the whole diagnosis).
 */
import { loadDoctorCatalog } from './catalog-fs.ts';
import type { CliIo } from './io.ts';
import { deflateRawSync } from 'node:zlib';
import { PROG, SITE } from './prog.ts';
import { decodeBytes, diagnose, renderText, type DoctorCatalog, type Lang } from '../lib/doctor/index.ts';
import { encodeShare, helpRequestMarkdown, MAX_LINK_BYTES, prepareShare, shareUrl } from '../lib/doctor/share.ts';

const HELP = `usage: ${PROG} diagnose [options] < paste.txt
Reads an OKX error paste (response body, log, stack trace…) on stdin and prints the codes found,
their likely causes with the evidence, and the code page.
options:
  --lang en|zh   language of the text output (default en)
  --json         print the full diagnosis as JSON
  --jsonl        read JSON lines {"id":…,"raw":"…"} and write one line per input:
                 {"id":…,"code":"50102"|null,"codes":[…],"causes":[…]}
  --full         with --jsonl, write {"id":…,"diagnosis":{…}} with the whole diagnosis
  --markdown     print a help request to post (Markdown: code, OKX's message, ranked causes with
                 evidence, what the doctor read, and the paste with every secret masked)
  --share-link   print a link to the same diagnosis: the masked paste, compressed, in the URL
                 fragment (#…, never sent to a server); at most ${MAX_LINK_BYTES / 1024} KB compressed
  -h, --help     this help
`;

function idOf(line: string): string | number | null {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as string | number;
  } catch {
    return null;
  }
}

function jsonlLine(line: string, cat: DoctorCatalog, full: boolean): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: idOf(line), error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return JSON.stringify({ id: null, error: 'expected an object {"id":…,"raw":"…"}' });
  const { id = null, raw } = input as { id?: unknown; raw?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof raw !== 'string') return JSON.stringify({ id: safeId, error: '"raw" must be a string' });
  const d = diagnose(raw, cat);
  if (full) return JSON.stringify({ id: safeId, diagnosis: d });
  return JSON.stringify({ id: safeId, code: d.codes[0]?.code ?? null, codes: d.codes.map((c) => c.code), causes: d.causes.map((c) => c.id) });
}

async function share(mode: 'markdown' | 'share-link', input: string, cat: DoctorCatalog, lang: Lang, io: CliIo): Promise<number> {
  const { payload, diagnosis } = prepareShare(input, cat);
  if (mode === 'markdown') {
    io.out(helpRequestMarkdown(diagnosis, payload.paste, cat, lang));
    return 0;
  }
  const link = await encodeShare(payload, (b) => new Uint8Array(deflateRawSync(b)));
  if (link.ok) {
    io.out(shareUrl(SITE, lang, link.fragment) + '\n');
    return 0;
  }
  io.err(link.reason === 'empty'
    ? 'diagnose: nothing to share (the paste is empty)\n'
    : `diagnose: the masked paste is ${(link.bytes / 1024).toFixed(1)} KB compressed, over the ${MAX_LINK_BYTES / 1024} KB a link holds; use --markdown and post the help request instead\n`);
  return 1;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let lang: Lang = 'en';
  let mode: 'text' | 'json' | 'jsonl' | 'markdown' | 'share-link' = 'text';
  let full = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      io.out(HELP);
      return 0;
    } else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--full') full = true;
    else if (a === '--json') mode = 'json';
    else if (a === '--markdown') mode = 'markdown';
    else if (a === '--share-link') mode = 'share-link';
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === 'zh' || v === 'zh-cn' || v === 'zh-CN') lang = 'zh';
      else if (v === 'en') lang = 'en';
      else {
        io.err(`diagnose: --lang must be en or zh\n${HELP}`);
        return 2;
      }
    } else {
      io.err(`diagnose: unknown option "${a}"\n${HELP}`);
      return 2;
    }
  }
  if (full && mode !== 'jsonl') {
    io.err(`diagnose: --full goes with --jsonl\n${HELP}`);
    return 2;
  }
  const cat = loadDoctorCatalog();
  const input = decodeBytes(await io.readStdin());
  if (mode === 'jsonl') {
    for (const line of input.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      io.out(jsonlLine(line, cat, full) + '\n');
    }
    return 0;
  }
  if (mode === 'markdown' || mode === 'share-link') return share(mode, input, cat, lang, io);
  const d = diagnose(input, cat);
  io.out(mode === 'json' ? JSON.stringify(d, null, 2) + '\n' : renderText(d, cat, lang) + '\n');
  return 0;
}
