/**
 * Sharing a diagnosis without sharing a secret: a help request in Markdown and a link whose URL
 * fragment (`#d=…`, never sent to a server) holds the MASKED paste, compressed. Both are built from
 * maskPaste(): the text the doctor itself analyses (every secret replaced by its mask) plus the
 * shape facts of the masked values (length, whitespace, hex/UUID shape: never a value), so the link
 * opens the same diagnosis elsewhere. Whatever a link holds is diagnosed like a paste, so it is
 * masked again on the way in. Framework-free: the same code runs in the browser, in tests and the CLI.
 */
import { diagnose } from './index.ts';
import { meaningOf } from './meaning.ts';
import { EVIDENCE, FACTS, FINDINGS, KINDS, t, UI } from './messages.ts';
import { normalize } from './normalize.ts';
import { mask, mergeScan, scanSecrets, type ScanFacts, type SecretKind } from './secrets.ts';
import type { Diagnosis, DoctorCatalog, Lang } from './types.ts';

/** A masked paste and what the scan of the original found (no values). */
export interface SharePayload {
  paste: string;
  scan: ScanFacts;
}

/** Compressed bytes a link may hold (about 11,000 characters of fragment). */
export const MAX_LINK_BYTES = 8 * 1024;
/** Characters of the masked paste quoted in a help request (GitHub's limit is 65,536 for a whole issue). */
export const MAX_MARKDOWN_PASTE = 20_000;
/** Decompressed bytes read from a link at most (a crafted link must not inflate without bound). */
const MAX_INFLATED = 1024 * 1024;
const PREFIX = 'd=';

/** A name that holds a credential, wider than the doctor's reader (`OKX_API_PASS`, `"key"`, `$token`). */
const CREDENTIAL_NAME = /(?:key|secret|pass|passwd|password|passphrase|pwd|token|sign|signature)$/i;
/** `name = value`, `"name": "value"`, `$name = 'value'`, `name => value`: bounded runs, one line. */
const NAME_VALUE = /([A-Za-z_$][\w$.-]{0,60})["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'`,;]{4,300}))/g;
/** Credential shapes wherever they stand: UUID (API key), 32+ hex (secret key, hex signature), Base64 HMAC-SHA256. */
const SHAPES = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[0-9A-Fa-f]{32,128}\b/g,
  /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=/g,
];
/** What a shell expands away inside a value (`$9`, `${X}`, `%2`, `%NAME%`): the value a program then prints. */
const EXPANSION = /\$\{\w{1,60}\}|\$[A-Za-z_]\w{0,60}|\$\d|%\w{1,60}%|%\d/g;
const isMask = (v: string) => v.length <= 5 && v.endsWith('…');

/**
 * Stricter than the doctor's own masking, for text that leaves the page: every occurrence of a
 * secret value and of its shell-expanded form, any value of a credential-like name, and every
 * credential-shaped token. The doctor's facts are read before this, so the diagnosis keeps them.
 */
function maskMore(text: string, values: string[]): string {
  let out = text;
  const forms = new Set<string>();
  for (const v of values) for (const f of [v, v.replace(EXPANSION, '')]) if (f.length >= 6) forms.add(f);
  for (const f of [...forms].sort((a, b) => b.length - a.length)) if (out.includes(f)) out = out.split(f).join(mask(f));
  out = out.replace(NAME_VALUE, (all: string, name: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare ?? '';
    const v = value.trim();
    if (!CREDENTIAL_NAME.test(name) || v.length < 4 || isMask(v)) return all;
    return all.slice(0, all.length - value.length - (bare === undefined ? 1 : 0)) + mask(v) + (bare === undefined ? all.slice(-1) : '');
  });
  for (const re of SHAPES) out = out.replace(re, (m) => mask(m));
  return out;
}

/** The masked paste (what the doctor analyses, masked more strictly) and the facts of its secrets. */
export function maskPaste(paste: string): SharePayload {
  const norm = normalize(typeof paste === 'string' ? paste : '');
  if (norm.binary) return { paste: '', scan: { secrets: [], empty: [], refs: [], hints: [] } };
  // The person's own characters (full-width punctuation, curly quotes) are kept: the original is masked
  // at the same places as the folded text the doctor reads.
  const { text, original, values, secrets, empty, refs, hints } = scanSecrets(norm.original, { keepOriginal: true });
  return { paste: maskMore(original ?? text, values), scan: { secrets, empty, refs, hints } };
}

/**
 * What leaves the page: the masked payload and its diagnosis, made from the payload (as the link's
 * reader will), so the help request sees only the strictly masked text. Same codes and causes as the
 * paste itself (tests prove it over the corpus).
 */
export function prepareShare(paste: string, cat: DoctorCatalog, carried?: ScanFacts): { payload: SharePayload; diagnosis: Diagnosis } {
  const own = maskPaste(paste);
  // A paste opened from a link is masked already: keep the facts the link carried.
  const payload = carried ? { paste: own.paste, scan: mergeScan(carried, own.scan) } : own;
  return { payload, diagnosis: diagnose(payload.paste, cat, { carried: payload.scan }) };
}

type Bytes = Uint8Array<ArrayBuffer>;
export type Deflate = (bytes: Bytes) => Bytes | Promise<Bytes>;

async function pipe(bytes: Bytes, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Bytes> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const deflateRaw: Deflate = (b) => pipe(b, new CompressionStream('deflate-raw'));

function toBase64Url(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(s: string): Bytes | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Only the non-empty lists: short links. */
function compactScan(s: ScanFacts): Partial<ScanFacts> {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => (v as unknown[]).length > 0));
}

export type ShareLink = { ok: true; fragment: string; bytes: number } | { ok: false; reason: 'too-long' | 'empty'; bytes: number };

/** `d=<base64url of deflate-raw JSON>` for a masked payload; too-long past MAX_LINK_BYTES. */
export async function encodeShare(payload: SharePayload, deflate: Deflate = deflateRaw): Promise<ShareLink> {
  if (payload.paste.trim() === '') return { ok: false, reason: 'empty', bytes: 0 };
  const json = JSON.stringify({ v: 1, p: payload.paste, s: compactScan(payload.scan) });
  const packed = await deflate(new TextEncoder().encode(json));
  if (packed.length > MAX_LINK_BYTES) return { ok: false, reason: 'too-long', bytes: packed.length };
  return { ok: true, fragment: PREFIX + toBase64Url(packed), bytes: packed.length };
}

const KINDS_OK = new Set<SecretKind>(['key', 'secret', 'passphrase', 'sign']);
const SHAPES_OK = new Set(['uuid', 'hex32', 'hex64', 'base64-44', 'other']);
const short = (v: unknown, max = 80): v is string => typeof v === 'string' && v.length <= max;
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.slice(0, 20).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);

/** Facts from a link, each checked field by field (a crafted link gives only well-formed facts). */
function readScan(s: unknown): ScanFacts {
  const o = (s && typeof s === 'object' ? s : {}) as Record<string, unknown>;
  const kindOk = (x: Record<string, unknown>) => short(x.field) && KINDS_OK.has(x.kind as SecretKind);
  const bool = (x: unknown) => x === true;
  return {
    secrets: list(o.secrets)
      .filter((x) => kindOk(x) && short(x.masked, 5) && String(x.masked).endsWith('…') && Number.isInteger(x.length) && (x.length as number) >= 0 && (x.length as number) < 1000 && SHAPES_OK.has(x.shape as string))
      .map((x) => ({ field: x.field as string, kind: x.kind as SecretKind, masked: x.masked as string, length: x.length as number, quoted: bool(x.quoted), whitespace: bool(x.whitespace), fullwidth: bool(x.fullwidth), zeroWidth: bool(x.zeroWidth), shellDollar: bool(x.shellDollar), shape: x.shape as ScanFacts['secrets'][number]['shape'] })),
    empty: list(o.empty).filter((x) => kindOk(x) && typeof x.value === 'string' && /^(?:|none|null|nil|nan|undefined)$/i.test(x.value)).map((x) => ({ field: x.field as string, kind: x.kind as SecretKind, value: x.value as string })),
    refs: list(o.refs).filter((x) => kindOk(x) && short(x.source, 160)).map((x) => ({ field: x.field as string, kind: x.kind as SecretKind, source: x.source as string })),
    hints: list(o.hints).filter(kindOk).map((x) => ({ field: x.field as string, kind: x.kind as SecretKind })),
  };
}

/**
 * The payload of a fragment (with or without `#`), or null when it is not a share link or is damaged.
 * The paste it gives is diagnosed like any paste, so a crafted link's secret is masked there too.
 */
export async function decodeShare(fragment: string): Promise<SharePayload | null> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!f.startsWith(PREFIX) || f.length > MAX_LINK_BYTES * 2) return null;
  const bytes = fromBase64Url(f.slice(PREFIX.length));
  if (!bytes || bytes.length === 0) return null;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED));
    const o = JSON.parse(json) as { v?: unknown; p?: unknown; s?: unknown };
    if (o?.v !== 1 || typeof o.p !== 'string') return null;
    return { paste: o.p, scan: readScan(o.s) };
  } catch {
    return null;
  }
}

/** The doctor page holding a fragment, on `site` (zh-CN at /, English under /en). */
export function shareUrl(site: string, lang: Lang, fragment: string): string {
  return `${site.endsWith('/') ? site.slice(0, -1) : site}${lang === 'en' ? '/en' : ''}/doctor/#${fragment}`;
}

/** The help request's fixed texts (exported for the Chinese text check). */
export const MD = {
  en: {
    title: 'OKX API error',
    code: 'Code',
    message: "OKX's message",
    meaning: 'Meaning',
    causes: 'Likely causes (ranked by the OKX Error Doctor)',
    noticed: 'Noticed in the paste',
    facts: 'What the doctor read (library, host, environment)',
    paste: 'Paste (every secret masked)',
    truncated: (n: number) => `(cut: the first ${n} characters of the paste)`,
    footer: 'Diagnosed locally by the OKX Error Doctor; API key, secret key, passphrase and signatures are masked. Check once more before posting.',
  },
  zh: {
    title: 'OKX API 报错',
    code: '错误码',
    message: 'OKX 返回的错误信息',
    meaning: '含义',
    causes: '可能原因（错误诊断按可能性排序）',
    noticed: '粘贴内容中的发现',
    facts: '诊断读到的信息（库、主机、环境）',
    paste: '粘贴内容（凭证已全部遮盖）',
    truncated: (n: number) => `（已截断：仅保留粘贴内容的前 ${n} 个字符）`,
    footer: '由错误诊断在本地生成；API Key、SecretKey、Passphrase 和签名均已遮盖。发布前请再检查一遍。',
  },
} as const;

/** A code fence longer than any backtick run in `text`. */
function fence(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Inline code that survives backticks inside the value. */
function inline(text: string): string {
  const f = fence(text).slice(2);
  return f.length === 1 ? `\`${text}\`` : `${f} ${text} ${f}`;
}

/** A help request ready to post: code, OKX's message, ranked causes with evidence, facts, masked paste. */
export function helpRequestMarkdown(d: Diagnosis, masked: string, cat: DoctorCatalog, lang: Lang): string {
  const m = MD[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const paren = (x: string) => (lang === 'zh' ? `（${x}）` : ` (${x})`);
  const c = d.codes[0];
  const out: string[] = [];
  const headline = c ? `${m.title} ${c.code}` : `${m.title}${colon}${t(KINDS, d.kind, lang)}`;
  out.push(`## ${headline}`, '');
  for (const code of d.codes) {
    out.push(`- **${m.code}**${colon}${inline(code.code)}${paren(code.api)}`);
    if (code.message) out.push(`  - **${m.message}**${colon}${inline(code.message)}`);
    const entry = cat.get(code.code);
    const meaning = entry ? meaningOf(entry, code.message, lang) : null;
    if (meaning) out.push(`  - **${m.meaning}**${colon}${meaning}`);
  }
  if (d.httpStatus !== null && d.codes.length === 0) out.push(`- HTTP ${d.httpStatus}`);
  if (d.causes.length > 0) {
    out.push('', `### ${m.causes}`, '');
    d.causes.forEach((cause, i) => {
      out.push(`${i + 1}. **${cat.causeTitle(cause.id)?.[lang] ?? cause.id}**${paren(`${inline(cause.id)}${lang === 'zh' ? '，' : ', '}${t(UI, 'score', lang)} ${cause.score}`)}`);
      for (const e of cause.evidence) out.push(`   - ${e.effect === 'raise' ? '+' : '−'} ${t(EVIDENCE, e.id, lang, e.params)}`);
    });
  }
  const findings = d.findings.filter((f) => f.id !== 'multiple-codes');
  if (findings.length > 0) {
    out.push('', `### ${m.noticed}`, '');
    for (const f of findings) out.push(`- ${t(FINDINGS, f.id, lang, f.params)}`);
  }
  if (d.facts.length > 0) {
    out.push('', `### ${m.facts}`, '');
    for (const f of d.facts) out.push(`- ${t(FACTS, f.id, lang, f.params)}`);
  }
  const cut = masked.length > MAX_MARKDOWN_PASTE;
  const body = cut ? masked.slice(0, MAX_MARKDOWN_PASTE) : masked;
  const f = fence(body);
  out.push('', `### ${m.paste}`, '', `${f}text`, body.endsWith('\n') ? body.slice(0, -1) : body, f);
  if (cut) out.push('', m.truncated(MAX_MARKDOWN_PASTE));
  out.push('', `<sub>${m.footer}</sub>`, '');
  return out.join('\n');
}
