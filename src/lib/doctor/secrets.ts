/**
 * Secrets in a paste: OK-ACCESS-* header values, apiKey/secret/passphrase/password in dicts, JSON,
 * env lines and python-okx positional arguments. Every value is replaced by a mask (at most its
 * first 4 characters + '…') before anything else reads the text, and every other occurrence of a
 * long value is masked too. Only shape facts (length, whitespace, hex/UUID/Base64 shape) survive.
 *
 * The scan reads the paste width-folded (full-width colons, curly quotes… as ASCII) line by line, in
 * pieces of whole lines (FoldedLines): every value, key and separator it reads is on one line. The one
 * reader that may cross lines (python-okx's positional arguments) reads the unfolded text with
 * classes of the characters that fold alike. The text every other reader sees, folded and masked, is
 * then made in one copy.
 */

import { readQuoted } from './quoted.ts';
import { LongNeedles } from './needles.ts';
import { FoldedLines } from './normalize.ts';

export type SecretKind = 'key' | 'secret' | 'passphrase' | 'sign';

export interface SecretFact {
  /** The field name as written (e.g. OK-ACCESS-SIGN, secretKey). */
  field: string;
  kind: SecretKind;
  masked: string;
  length: number;
  quoted: boolean;
  /** Leading/trailing/inner whitespace or an escaped \n, \r, \t inside a quoted value. */
  whitespace: boolean;
  fullwidth: boolean;
  zeroWidth: boolean;
  /** A `$name` (bash, PowerShell; not in single quotes) or `%1`/`%name%` (cmd set) that the shell expands away. */
  shellDollar: boolean;
  shape: 'uuid' | 'hex32' | 'hex64' | 'base64-44' | 'other';
}

/** A credential field that is present but empty or a null-like value (None, nan, undefined). */
export interface EmptyCredential {
  field: string;
  kind: SecretKind;
  value: string;
}

/** A credential field set from code (`apiSecret: process.env.OKX_PASSPHRASE`): the name read, not a value. */
export interface CredentialRef {
  field: string;
  kind: SecretKind;
  /** The expression, only when it is clearly a name: dotted, a call or index, $VAR/%VAR%, or a credential's own name. */
  source: string;
}

/** What a scan found besides the masked text: shape facts only, no value (a share link carries this). */
export interface ScanFacts {
  secrets: SecretFact[];
  empty: EmptyCredential[];
  refs: CredentialRef[];
  hints: { field: string; kind: SecretKind }[];
}

/** Two sets of scan facts as one, each list without duplicates (a shared paste's facts + a new scan's). */
export function mergeScan<T extends ScanFacts>(a: T, b: ScanFacts): T {
  const merge = <U>(x: U[], y: U[]) => [...new Map([...x, ...y].map((v) => [JSON.stringify(v), v])).values()];
  return { ...a, secrets: merge(a.secrets, b.secrets), empty: merge(a.empty, b.empty), refs: merge(a.refs, b.refs), hints: merge(a.hints, b.hints) };
}

export interface SecretScan {
  /** The paste width-folded and masked: what every other reader of the doctor sees. */
  text: string;
  /** With `keepOriginal`: the original (unfolded) text masked at the same places: what a person shares. */
  original?: string;
  /** The raw values that were masked as secrets (trimmed): for stricter masking (share.ts), never shown. */
  values: string[];
  secrets: SecretFact[];
  empty: EmptyCredential[];
  refs: CredentialRef[];
  /** Values the user masked themselves (`'7D3F...9A6E\r'`) that still show whitespace inside the quotes. */
  hints: { field: string; kind: SecretKind }[];
}

const REF_HEAD = /^[ \t]*(?:\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\[["'][\w.-]{1,60}["']\]|\(["'][\w.-]{1,60}["']\))?)/;
const TELEGRAM_RE = /bot(\d{6,12}:[A-Za-z0-9_-]{30,50})/g;
/** What precedes a value in a shell assignment: `export NAME="`, `NAME=`, `set NAME=`, `$ export NAME=`. */
const SHELL_ASSIGN = /^[ \t]*(?:[$#>][ \t]*)?(?:export[ \t]+|set[ \t]+|ENV[ \t]+|env[ \t]+)?[A-Za-z_]\w*=["]?$|^[ \t]*(?:PS [^>\n]{0,80}>[ \t]*)?\$[A-Za-z_]\w*[ \t]*=[ \t]*"$/;
/** The text from the start of the line to `at`, or '' when that is over 200 characters (not an assignment). Bounded, so many values on one long line stay linear. */
function linePrefix(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const window = text.slice(from, at);
  const nl = window.lastIndexOf('\n');
  if (nl >= 0) return window.slice(nl + 1);
  return from === 0 ? window : '';
}

/** Bash/PowerShell expand $name outside single quotes; cmd's `set` expands %1 and %name%. */
function shellExpands(value: string, quote: string | undefined, prefix: string): boolean {
  if (!SHELL_ASSIGN.test(prefix)) return false;
  if (/^[ \t]*(?:[$#>][ \t]*)?set[ \t]/i.test(prefix) && /%(?:[0-9*~]|[A-Za-z_]\w*%)/.test(value)) return true;
  return quote !== "'" && /\$[A-Za-z0-9_{]/.test(value);
}

/** A reference that names something (safe to show): never a bare word, which could be a lower-case secret. */
const NAMED_REF = /^(?:\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\[["'][\w.-]{1,60}["']\]|\(["'][\w.-]{1,60}["']\))?|[A-Za-z_]\w*(?:\[["'][\w.-]{1,60}["']\]|\(["'][\w.-]{1,60}["']\))|(?:api_?)?(?:secret(?:_?key)?|pass(?:_?phrase)?|password|key))$/i;

/** The words a credential's key name ends with (apiKey, secret_key, passphrase, OK-ACCESS-SIGN…). */
const KEY_TAILS = ['key', 'secret', 'passphrase', 'password', 'passwd', 'pass', 'sign', 'signature'];

/**
 * A separator after a letter a key name can end with (the last letters of KEY_TAILS, either case;
 * between them up to 3 backslashes and a quote, then blanks, as keyBefore skips them): the regex engine
 * passes over the separators no credential can precede (`"code":`, `ts=`…); the key is then read
 * backwards from each.
 */
const TAIL_LETTERS = [...new Set(KEY_TAILS.map((w) => w.slice(-1)))].map((c) => c + c.toUpperCase()).join('');
const SEP_RE = new RegExp(`[${TAIL_LETTERS}](?:\\\\{0,3}["'\`])?[ \\t]*(?:=>|[:=])`, 'g');

function isIdent(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/** The key name ending just before a separator at `sep` (quotes, backslashes and blanks skipped), or null. */
function keyBefore(text: string, sep: number): { name: string; start: number } | null {
  // Character codes, not text[k]: this runs at every separator of the paste.
  let k = sep - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const q = text.charCodeAt(k);
  if (q === 34 /* " */ || q === 39 /* ' */ || q === 96 /* ` */) {
    k--;
    let bs = 0;
    while (k >= 0 && text.charCodeAt(k) === 92 /* \\ */ && bs < 3) {
      k--;
      bs++;
    }
  }
  const end = k + 1;
  // A key name ends in one of KEY_TAILS (SEP_RE found its last letter here), checked before any slice.
  if (!endsWithTail(text, end)) return null;
  while (k >= 0 && end - k <= 60 && isIdent(text.charCodeAt(k))) k--;
  if (k >= 0 && isIdent(text.charCodeAt(k))) return null; // longer than any key name
  return { name: text.slice(k + 1, end), start: k + 1 };
}

/** Whether the text before `end` is one of KEY_TAILS (a loop, not a callback: this runs at every separator). */
function endsWithTail(text: string, end: number): boolean {
  for (const w of KEY_TAILS) if (endsWithWord(text, end, w)) return true;
  return false;
}

/** Whether text[end - word.length, end) is `word` (lower-case ASCII), ignoring ASCII case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** C# dictionary initialisers (ccxt for .NET): `{ "secret", "value" }`. */
const CS_PAIR_RE = /\{[ \t]*"(apiKey|secret|password|passphrase)"[ \t]*,[ \t]*"([^"\n]{1,200})"[ \t]*\}/g;
/** OKEx v3 WebSocket login: `{"op":"login","args":[apiKey, passphrase, timestamp, sign]}`. */
const V3_LOGIN_RE = /["']op["'][ \t]*:[ \t]*["']login["'][ \t]*,[ \t]*["']args["'][ \t]*:[ \t]*\[[ \t]*"([^"\n]{1,200})"[ \t]*,[ \t]*"([^"\n]{1,200})"[ \t]*,[ \t]*"([^"\n]{1,40})"[ \t]*,[ \t]*"([^"\n]{1,200})"/g;
/**
 * python-okx positional arguments, `API("key", "secret", "passphrase"…`: read from the unfolded text (the
 * blanks between arguments may cross lines), so each character class holds the characters that fold to
 * its own (A Ａ, ( （, " ＂ “ ” „ ″, ' ＇ ‘ ’ ′, , ， 、); a value is closed by a quote that folds to the
 * one that opened it. Groups 1–6: each argument in double (odd) or single (even) quotes.
 */
const POSITIONAL_RE =
  /[A\uff21][P\uff30][I\uff29][(\uff08]\s*(?:["\uff02\u201c-\u201e\u2033]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})["\uff02\u201c-\u201e\u2033]|['\uff07\u2018\u2019\u2032]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})['\uff07\u2018\u2019\u2032])\s*[,\uff0c\u3001]\s*(?:["\uff02\u201c-\u201e\u2033]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})["\uff02\u201c-\u201e\u2033]|['\uff07\u2018\u2019\u2032]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})['\uff07\u2018\u2019\u2032])\s*[,\uff0c\u3001]\s*(?:["\uff02\u201c-\u201e\u2033]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})["\uff02\u201c-\u201e\u2033]|['\uff07\u2018\u2019\u2032]([^"'\n\uff02\uff07\u201c-\u201e\u2033\u2018\u2019\u2032]{1,200})['\uff07\u2018\u2019\u2032])/dg;

function kindOf(name: string): SecretKind | null {
  const n = name.toLowerCase().replace(/[-_]/g, '');
  if (n === 'okaccesskey' || n.endsWith('apikey') || n === 'accesskey') return 'key';
  if (n === 'okaccesssign' || n === 'sign' || n === 'signature') return 'sign';
  if (n.endsWith('passphrase') || n.endsWith('password') || n === 'passwd' || n === 'pass' || n === 'apipass' || n === 'okaccesspassphrase') return 'passphrase';
  if (n.endsWith('secret') || n.endsWith('secretkey') || n.endsWith('privatekey')) return 'secret';
  return null;
}

const NULLISH = /^(?:none|null|nil|nan|undefined)$/i;
const PLACEHOLDER = /\*{3}|…|\.\.\.|^x{3,}$|^<.*>$|^\{.*\}$|^\[.*\]$|your|redacted|hidden|masked|placeholder|example|changeme|^-+$/i;
/**
 * Unquoted values that are code, not secrets: snake_case names, $VAR/%VAR%, dotted access, calls and indexing.
 * Bounded input: only tested on one unquoted value from readValue(), at most 300 characters of one line.
 */
const REFERENCE = /^(?:[a-z_][a-z0-9_]*|true|false|\$\(.*|`.*|\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+.*|[A-Za-z_]\w*[[(].*)$/;

function shapeOf(v: string): SecretFact['shape'] {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return 'uuid';
  if (/^[0-9A-F]{32}$/i.test(v)) return 'hex32';
  if (/^[0-9a-f]{64}$/i.test(v)) return 'hex64';
  if (/^[A-Za-z0-9+/]{43}=$/.test(v)) return 'base64-44';
  return 'other';
}

type Cut = { start: number; end: number; with: string };

/**
 * Where the text is masked: the spans, and every other occurrence of the long values. The values are
 * found by skipping through the folded pieces (LongNeedles; a value is on one line, so never across
 * two pieces); an occurrence overlapping a span or an earlier occurrence is left alone, and at one
 * position the longest value wins (`values` come longest first).
 */
function maskCuts(folded: FoldedLines, spans: (Span & { fact?: SecretFact })[], values: string[]): Cut[] {
  const cuts: Cut[] = [];
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    cuts.push({ start: s.start, end: s.end, with: s.fact?.masked ?? mask(s.value) });
    last = s.end;
  }
  if (values.length) {
    const found: Cut[] = [];
    let k = 0;
    let end = -1;
    const needles = new LongNeedles(values);
    folded.each((piece, from) => {
      needles.each(piece, (idx, local) => {
        const at = from + local;
        const stop = at + values[idx]!.length;
        if (at < end) return;
        while (k < cuts.length && cuts[k]!.end <= at) k++;
        if (k < cuts.length && cuts[k]!.start < stop) return; // overlaps a masked span
        found.push({ start: at, end: stop, with: mask(values[idx]!) });
        end = stop;
      });
    });
    if (found.length) {
      cuts.push(...found);
      cuts.sort((a, b) => a.start - b.start);
    }
  }
  return cuts;
}

/** A text (`slice` of a length) with the cuts replaced, built once (a new copy of a long paste costs about one regex pass). */
function applyCuts(length: number, slice: (start: number, end: number) => string, cuts: Cut[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const c of cuts) {
    parts.push(slice(last, c.start), c.with);
    last = c.end;
  }
  parts.push(slice(last, length));
  return parts.join('');
}

export function mask(value: string): string {
  const v = value.trim();
  // Already a mask (a shared, masked paste read again): keep it, so masking is idempotent.
  if (v.length <= 5 && v.endsWith('…')) return v;
  const keep = Math.min(4, Math.floor(v.length / 4));
  return v.slice(0, keep) + '…';
}

interface Span {
  start: number;
  end: number;
  value: string;
}

/** Blanks, then a header/env-style name and its separator: another field starts here. */
const NEXT_KEY = /^[ \t]+[A-Za-z][\w-]{0,40}[ \t]*(?:[:=]|=>)/;

/** Read the value after a key separator. Returns null for nested objects or nothing readable. */
function readValue(text: string, i: number, lineStart: boolean): (Span & { quoted: boolean }) | null {
  const q = readQuoted(text, i, 400);
  if (q) return q.terminated ? { start: q.valueStart, end: q.valueEnd, value: text.slice(q.valueStart, q.valueEnd), quoted: true } : null;
  if (q === null) return null;
  const c0 = text[i];
  if (c0 === undefined || c0 === '{' || c0 === '[' || c0 === '\n' || c0 === '\r') {
    return c0 === '\n' || c0 === '\r' || c0 === undefined ? { start: i, end: i, value: '', quoted: false } : null;
  }
  let j = i;
  const limit = Math.min(text.length, i + 300);
  // Header/env/YAML lines (key first on the line) keep inner spaces; inline values stop at one.
  while (j < limit) {
    const c = text[j]!;
    if (c === '\n' || c === '\r' || c === ',' || c === ';' || c === '}' || c === '&' || c === ')' || c === ']' || c === '"' || c === "'") break;
    if (c === ' ' || c === '\t') {
      // Header lines keep inner spaces, but not into the next `Name: value` on the same line.
      if (!lineStart || NEXT_KEY.test(text.slice(j, j + 64))) break;
    }
    j++;
  }
  let end = j;
  while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { start: i, end, value: text.slice(i, end), quoted: false };
}

function isLineStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '-' || text[k] === '"' || text[k] === "'")) k--;
  if (k >= 6 && text.slice(k - 5, k + 1) === 'export') k -= 6;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * Find and mask secrets in the cleaned paste (normalize.ts's `original`): the values are read from the
 * width-folded text and `original` shows full-width or zero-width characters inside a value. Returns
 * the folded, masked text (one copy of the paste).
 */
export function scanSecrets(original: string, opts: { keepOriginal?: boolean } = {}): SecretScan {
  const folded = new FoldedLines(original);
  const spans: (Span & { fact?: SecretFact })[] = [];
  const secrets: SecretFact[] = [];
  const empty: EmptyCredential[] = [];
  const refs: CredentialRef[] = [];
  const hints: { field: string; kind: SecretKind }[] = [];
  /** Does [start, end) overlap a span already masked? */
  const overlaps = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);

  /** A value read from `text`, the folded piece starting at `from` in the paste (positions in v are the piece's). */
  const consider = (text: string, from: number, field: string, kind: SecretKind, v: Span & { quoted: boolean }) => {
    const raw = v.value;
    const trimmed = raw.trim();
    const start = from + v.start;
    const end = from + v.end;
    if (trimmed === '' || NULLISH.test(trimmed)) {
      if (!empty.some((e) => e.field === field && e.value === trimmed)) empty.push({ field, kind, value: trimmed });
      return;
    }
    // Placeholders and code references are masked too (harmless if wrong) but are not reported as leaks.
    const placeholder = PLACEHOLDER.test(trimmed);
    if (placeholder && v.quoted && (raw !== trimmed || /\\[nrt]$/.test(raw)) && hints.length < 5) hints.push({ field, kind });
    if (placeholder || (!v.quoted && REFERENCE.test(trimmed))) {
      // The value reader stops at a quote; the expression may go on (os.getenv("OKX_SECRET")).
      const source = REF_HEAD.exec(text.slice(v.start, v.start + 160))?.[0].trim() ?? '';
      if (!v.quoted && NAMED_REF.test(source) && refs.length < 10) refs.push({ field, kind, source });
      spans.push({ start, end, value: raw });
      return;
    }
    const orig = original.slice(start, end);
    const fact: SecretFact = {
      field,
      kind,
      masked: mask(raw),
      length: trimmed.length,
      quoted: v.quoted,
      whitespace: v.quoted && (raw !== trimmed || /\s/.test(trimmed) || /\\[nrt]/.test(raw)),
      fullwidth: /[\uff01-\uff5e\u3000]/.test(orig),
      zeroWidth: /[\u200b-\u200d\u2060\ufeff]/.test(orig),
      shellDollar: /[$%]/.test(raw) && shellExpands(raw, text[v.start - 1], linePrefix(text, v.start)),
      shape: shapeOf(trimmed),
    };
    const dup = secrets.some((x) => x.field === fact.field && x.masked === fact.masked && x.length === fact.length && x.whitespace === fact.whitespace);
    if (!dup) secrets.push(fact);
    spans.push({ start, end, value: raw, fact });
  };
  // Each reader of one line goes through the pieces in order (the order of the spans and facts).
  folded.each((text, from) => {
    SEP_RE.lastIndex = 0;
    // Separators before this are inside a value read already.
    let next = 0;
    // test(), not exec(): no match array per separator; a match ending in `>` is `=>`.
    while (SEP_RE.test(text)) {
      const after = SEP_RE.lastIndex;
      const sep = text.charCodeAt(after - 1) === 62 ? after - 2 : after - 1;
      if (sep < next) continue;
      const key = keyBefore(text, sep);
      if (!key) continue;
      const kind = kindOf(key.name);
      if (!kind) continue;
      let at = after;
      while (text[at] === ' ' || text[at] === '\t') at++;
      const v = readValue(text, at, isLineStart(text, key.start));
      if (!v) continue;
      if (spans.length && from + v.start < spans[spans.length - 1]!.end) continue;
      consider(text, from, key.name, kind, v);
      // Go on after the value: a separator from its end on, whose key's last letter may be up to 4
      // characters back (a value ending in `apikey` and escaped backslashes before its closing quote).
      if (v.end > after) {
        next = v.end;
        SEP_RE.lastIndex = Math.max(after, v.end - 4);
      }
    }
  });

  // Other services' tokens seen around OKX errors (a Telegram alert bot's URL): masked, not reported
  // as OKX credentials.
  folded.each((text, from) => {
    TELEGRAM_RE.lastIndex = 0;
    for (let m = TELEGRAM_RE.exec(text); m; m = TELEGRAM_RE.exec(text)) {
      const start = from + m.index + 3;
      const end = from + m.index + m[0].length;
      if (!overlaps(start, end)) spans.push({ start, end, value: m[1]! });
    }
  });

  POSITIONAL_RE.lastIndex = 0;
  for (let m = POSITIONAL_RE.exec(original); m; m = POSITIONAL_RE.exec(original)) {
    const kinds: SecretKind[] = ['key', 'secret', 'passphrase'];
    for (let k = 0; k < 3; k++) {
      const [start, end] = m.indices![m[2 * k + 1] !== undefined ? 2 * k + 1 : 2 * k + 2]!;
      if (overlaps(start, end)) continue;
      // The value as folded, from the piece that holds its line.
      const p = folded.pieceAt(start);
      const from = folded.from[p]!;
      const text = folded.pieces[p]!;
      consider(text, from, `${kinds[k]} (positional)`, kinds[k]!, { start: start - from, end: end - from, value: text.slice(start - from, end - from), quoted: true });
    }
  }

  folded.each((text, from) => {
    CS_PAIR_RE.lastIndex = 0;
    for (let m = CS_PAIR_RE.exec(text); m; m = CS_PAIR_RE.exec(text)) {
      const kind = kindOf(m[1]!);
      const start = m.index + m[0].lastIndexOf(`"${m[2]!}"`) + 1;
      const end = start + m[2]!.length;
      if (!kind || overlaps(from + start, from + end)) continue;
      consider(text, from, m[1]!, kind, { start, end, value: m[2]!, quoted: true });
    }
  });

  folded.each((text, from) => {
    V3_LOGIN_RE.lastIndex = 0;
    for (let m = V3_LOGIN_RE.exec(text); m; m = V3_LOGIN_RE.exec(text)) {
      let at = m.index;
      const parts: [number, SecretKind, string][] = [[1, 'key', 'apiKey'], [2, 'passphrase', 'passphrase'], [4, 'sign', 'sign']];
      for (const [g, kind, name] of parts) {
        const start = text.indexOf(`"${m[g]!}"`, at) + 1;
        const end = start + m[g]!.length;
        at = end;
        if (start <= 0 || overlaps(from + start, from + end)) continue;
        consider(text, from, `${name} (v3 login args)`, kind, { start, end, value: m[g]!, quoted: true });
      }
    }
  });

  if (spans.length === 0) return { text: folded.whole(), ...(opts.keepOriginal ? { original } : {}), values: [], secrets, empty, refs, hints };
  spans.sort((a, b) => a.start - b.start);
  // Other occurrences of a long value (in a URL, an error message, a second dict…) are masked too.
  // Short values are left alone elsewhere: masking "1234" everywhere would eat error codes.
  const longValues = [...new Set(spans.filter((s) => s.fact).map((s) => s.value.trim()).filter((v) => v.length >= 8 || (v.length >= 6 && /\d/.test(v) && /[A-Za-z]/.test(v))))].sort((a, b) => b.length - a.length);
  const cuts = maskCuts(folded, spans, longValues);
  const out = applyCuts(original.length, (a, b) => folded.slice(a, b), cuts);
  const values = [...new Set(spans.filter((s) => s.fact).map((s) => s.value.trim()))];
  // Folding is one unit for one, so the cuts hold in the original too.
  return { text: out, ...(opts.keepOriginal ? { original: applyCuts(original.length, (a, b) => original.slice(a, b), cuts) } : {}), values, secrets, empty, refs, hints };
}
