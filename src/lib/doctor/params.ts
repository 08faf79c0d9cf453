/**
 * Malformed request parameters. Reads the request a paste shows (a URL or `/api/v5/…` path with a
 * query string, a JSON or Python-dict body, `params={…}` in a log, `curl -d '…'`), looks the
 * endpoint up in the table of OKX's documented parameter formats (content/catalog/endpoint-params.tsv)
 * and says which value has the wrong format and the format it needs.
 *
 * Bounded input: only lines that contain `/api/v5/` are read for requests (at most MAX_LINES of
 * them, each cut to MAX_LINE characters), bodies are read from those lines and the few after each,
 * and a body elsewhere in the paste only when the paste shows one endpoint (at most MAX_OBJECTS
 * objects of at most MAX_OBJECT characters each). The object reader is a single forward scan.
 */
import type { DoctorCatalog, DoctorEndpoint, Finding } from './types.ts';

const MAX_LINES = 20;
const MAX_LINE = 4000;
const FOLLOW_LINES = 6;
const MAX_OBJECTS = 40;
const MAX_OBJECT = 4000;
const MAX_SCAN = 256 * 1024;

/** A parameter value as the paste shows it. */
export type ParamValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'bool'; text: string }
  | { kind: 'null' }
  | { kind: 'list'; items: ParamValue[]; text: string }
  | { kind: 'object'; text: string };

export interface RequestSeen {
  method: 'GET' | 'POST' | null;
  path: string;
  /** Parameters in the order shown; a key repeated in a query string appears once per value. */
  params: { name: string; value: ParamValue }[];
  /** The body is a JSON array (batch endpoints). */
  bodyList: ParamValue | null;
  /** Character offset of the path in the text. */
  pos: number;
}

export interface ParamIssue {
  method: 'GET' | 'POST';
  path: string;
  param: string;
  /** The value as shown (cut to 60 characters). */
  value: string;
  /** The documented format (endpoint-params.tsv): ms, int, decimal, bool, csv, array, strings, enum. */
  format: string;
  problem: 'date' | 'seconds' | 'not-ms' | 'not-number' | 'not-whole' | 'not-bool' | 'list' | 'repeated' | 'too-many' | 'over-max' | 'not-in-enum' | 'not-list' | 'comma-text' | 'json-number';
  detail: string;
  count?: number;
  anchor: string;
}

// ---------------------------------------------------------------- object literals (JSON, Python, JS)

const WS = new Set([' ', '\t', '\r', '\n']);

class Reader {
  i: number;
  readonly s: string;
  readonly end: number;
  constructor(s: string, start: number, end: number) {
    this.s = s;
    this.i = start;
    this.end = end;
  }
  ws(): void {
    while (this.i < this.end && WS.has(this.s[this.i]!)) this.i++;
  }
  peek(): string {
    return this.i < this.end ? this.s[this.i]! : '';
  }
  string(): string | null {
    const q = this.peek();
    if (q !== '"' && q !== "'") return null;
    let out = '';
    for (this.i++; this.i < this.end; this.i++) {
      const c = this.s[this.i]!;
      if (c === '\\' && this.i + 1 < this.end) {
        out += this.s[++this.i];
        continue;
      }
      if (c === q) {
        this.i++;
        return out;
      }
      if (c === '\n') return null;
      out += c;
    }
    return null;
  }
  word(): string {
    const from = this.i;
    while (this.i < this.end && /[\w.+-]/.test(this.s[this.i]!)) this.i++;
    return this.s.slice(from, this.i);
  }
  value(depth: number): ParamValue | null {
    this.ws();
    const c = this.peek();
    const from = this.i;
    if (c === '"' || c === "'") {
      const t = this.string();
      return t === null ? null : { kind: 'text', text: t };
    }
    if (c === '[' || c === '(') {
      const close = c === '[' ? ']' : ')';
      this.i++;
      const items: ParamValue[] = [];
      for (;;) {
        this.ws();
        if (this.peek() === close) {
          this.i++;
          return { kind: 'list', items, text: this.s.slice(from, this.i) };
        }
        const v = this.value(depth + 1);
        if (!v) return null;
        items.push(v);
        this.ws();
        if (this.peek() === ',') this.i++;
        else if (this.peek() !== close) return null;
      }
    }
    if (c === '{') {
      if (depth > 4) return null;
      const o = this.object(depth + 1);
      return o ? { kind: 'object', text: this.s.slice(from, this.i) } : null;
    }
    const w = this.word();
    if (w === '') return null;
    if (/^(?:true|false|True|False)$/.test(w)) return { kind: 'bool', text: w.toLowerCase() };
    if (/^(?:null|None|undefined)$/.test(w)) return { kind: 'null' };
    if (/^-?\d/.test(w)) return { kind: 'number', text: w };
    return null;
  }
  /** An object at `{`: its entries, or null when it is not a well-formed literal. */
  object(depth = 0): { name: string; value: ParamValue }[] | null {
    if (this.peek() !== '{') return null;
    this.i++;
    const out: { name: string; value: ParamValue }[] = [];
    for (;;) {
      this.ws();
      if (this.peek() === '}') {
        this.i++;
        return out;
      }
      const key = this.peek() === '"' || this.peek() === "'" ? this.string() : this.word();
      if (!key) return null;
      this.ws();
      if (this.peek() !== ':') return null;
      this.i++;
      const v = this.value(depth);
      if (!v) return null;
      out.push({ name: key, value: v });
      this.ws();
      if (this.peek() === ',') this.i++;
      else if (this.peek() !== '}') return null;
    }
  }
}

/** Read one object or list literal starting at `at`; null when there is none. */
export function readLiteral(text: string, at: number): { value: ParamValue; entries: { name: string; value: ParamValue }[] | null; end: number } | null {
  const r = new Reader(text, at, Math.min(text.length, at + MAX_OBJECT));
  if (text[at] === '{') {
    const entries = r.object();
    return entries ? { value: { kind: 'object', text: text.slice(at, r.i) }, entries, end: r.i } : null;
  }
  const v = r.value(0);
  return v ? { value: v, entries: null, end: r.i } : null;
}

// ---------------------------------------------------------------- requests

function queryParams(query: string): { name: string; value: ParamValue }[] {
  const out: { name: string; value: ParamValue }[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    let v = eq < 0 ? '' : pair.slice(eq + 1);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName);
      v = decodeURIComponent(v.replace(/\+/g, ' '));
    } catch {
      // A broken %-escape: read the text as it is.
    }
    name = name.replace(/\[\]$/, '');
    const lit = v.startsWith('[') ? readLiteral(v, 0) : null;
    out.push({ name, value: lit && lit.end === v.length ? lit.value : { kind: 'text', text: v } });
  }
  return out;
}

/** The method shown before the path on its line: `GET https://…`, `-X POST`, `method='POST'`; curl with -d is a POST. */
function methodOf(before: string, line: string): 'GET' | 'POST' | null {
  // Bounded: the 160 characters before the path; the host between method and path is optional.
  const m = /\b(GET|POST|get|post)[ \t"'`:=]{1,6}(?:https?:\/\/[A-Za-z0-9.-]{1,100}(?::\d{1,5})?)?$/.exec(before.slice(-160));
  if (m) return m[1]!.toUpperCase() as 'GET' | 'POST';
  const x = /(?:-X|--request)[ \t]{1,4}(GET|POST)\b|method["']?[ \t]{0,3}[:=][ \t]{0,3}["'](GET|POST|get|post)["']/.exec(line);
  if (x) return (x[1] ?? x[2]!).toUpperCase() as 'GET' | 'POST';
  if (/\bcurl\b/.test(line) && /[ \t](?:-d|--data(?:-raw)?)[ \t]/.test(line)) return 'POST';
  return null;
}

/** Requests shown in the paste (lines with /api/v5/ only; see the header for the bounds). */
export function readRequests(text: string): RequestSeen[] {
  const out: RequestSeen[] = [];
  const scanEnd = Math.min(text.length, MAX_SCAN);
  let from = 0;
  while (out.length < MAX_LINES) {
    const hit = text.indexOf('/api/v5/', from);
    if (hit < 0 || hit >= scanEnd) break;
    const ls = text.lastIndexOf('\n', hit) + 1;
    let le = text.indexOf('\n', hit);
    if (le < 0) le = text.length;
    from = le + 1;
    const line = text.slice(ls, Math.min(le, ls + MAX_LINE));
    // Each `/api/v5/` on the line (a line may show the request and the prehash).
    for (let p = line.indexOf('/api/v5/'); p >= 0 && out.length < MAX_LINES; p = line.indexOf('/api/v5/', p + 8)) {
      const pm = /^\/api\/v5\/[A-Za-z0-9_/-]{1,120}/.exec(line.slice(p, p + 130));
      if (!pm) continue;
      const path = pm[0].replace(/\/$/, '');
      const after = line.slice(p + pm[0].length);
      const params: { name: string; value: ParamValue }[] = [];
      const q = /^\?([^\s"'<>`]{1,2000})/.exec(after);
      if (q) params.push(...queryParams(q[1]!));
      let bodyList: ParamValue | null = null;
      // A body on the same line after the path, or on the next lines (ccxt verbose, curl continuation lines).
      const raw = after + text.slice(le, Math.min(text.length, le + FOLLOW_LINES * 200));
      // A body logged inside a JSON string ("data":"{\"sz\":1}") is read with its quotes unescaped.
      const tail = raw.includes('\\"') ? raw.replace(/\\"/g, '"') : raw;
      const open = firstOpen(tail);
      if (open >= 0 && (open < after.length || !/\/api\/v5\//.test(tail.slice(0, open)))) {
        const lit = readLiteral(tail, open);
        // OKX's answer printed after the request line (ccxt: `… 400 Bad Request {"code":…}`) is not the request.
        if (lit?.entries) {
          if (!isResponse(lit.entries)) params.push(...lit.entries);
        } else if (lit?.value.kind === 'list' && lit.value.items.some((x) => x.kind === 'object')) bodyList = lit.value;
      }
      out.push({ method: methodOf(line.slice(0, p), line), path, params, bodyList, pos: ls + p });
    }
  }
  return out;
}

function isResponse(entries: { name: string }[]): boolean {
  const names = new Set(entries.map((e) => e.name));
  return names.has('code') && (names.has('msg') || names.has('data')) || names.has('sCode') || names.has('error_code');
}

/** The first `{` or `[{` that starts a literal with a quoted key. */
function firstOpen(s: string): number {
  for (let i = s.indexOf('{'), n = 0; i >= 0 && n < 8; i = s.indexOf('{', i + 1), n++) {
    const k = s.slice(i + 1, i + 40).trimStart();
    if (k.startsWith('"') || k.startsWith("'") || /^[A-Za-z_]\w{0,30}[ \t]?:/.test(k)) {
      const b = s.lastIndexOf('[', i);
      return b >= 0 && s.slice(b + 1, i).trim() === '' ? b : i;
    }
  }
  return -1;
}

/** Object literals anywhere in the paste (a dict printed apart from the URL): bounded, see the header. */
function looseObjects(text: string): { name: string; value: ParamValue }[][] {
  const out: { name: string; value: ParamValue }[][] = [];
  const end = Math.min(text.length, MAX_SCAN);
  let i = text.indexOf('{');
  for (let tries = 0; i >= 0 && i < end && tries < MAX_OBJECTS; tries++) {
    const lit = readLiteral(text, i);
    if (lit?.entries && lit.entries.length > 0) {
      if (!isResponse(lit.entries)) out.push(lit.entries);
      i = text.indexOf('{', lit.end);
    } else i = text.indexOf('{', i + 1);
  }
  return out;
}

// ---------------------------------------------------------------- checks

function shown(v: ParamValue): string {
  const s = v.kind === 'null' ? 'null' : v.text;
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A value that stands for something else: a template, a masked secret, an empty string. */
function placeholder(v: ParamValue): boolean {
  if (v.kind !== 'text') return false;
  return v.text === '' || /[{}$<>]|\*\*\*|…/.test(v.text);
}

const DECIMAL = /^-?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})$/;

function checkOne(format: string, detail: string, v: ParamValue): { problem: ParamIssue['problem']; count?: number } | null {
  if (v.kind === 'null' || placeholder(v)) return null;
  switch (format) {
    case 'ms': {
      if (v.kind === 'list' || v.kind === 'object' || v.kind === 'bool') return { problem: 'not-ms' };
      const t = v.text.trim();
      if (/^\d{4}-\d{1,2}-\d{1,2}|^\d{4}\/\d{1,2}\/\d{1,2}|^\d{1,2}:\d{2}/.test(t)) return { problem: 'date' };
      // 10 digits (or 9, before 2001) is Unix seconds; any other whole number up to 13 digits is read as milliseconds.
      if (/^\d{9,10}(?:\.\d{1,9})?$/.test(t)) return { problem: 'seconds' };
      if (/^\d{1,13}$/.test(t)) return v.kind === 'number' ? { problem: 'json-number' } : null;
      return { problem: 'not-ms' };
    }
    case 'decimal':
      if (v.kind === 'number') return { problem: 'json-number' };
      if (v.kind !== 'text' || !DECIMAL.test(v.text.trim())) return { problem: 'not-number' };
      return null;
    case 'int': {
      if (v.kind !== 'text' && v.kind !== 'number') return { problem: 'not-whole' };
      const t = v.text.trim();
      if (!/^-?\d{1,15}$/.test(t)) return { problem: DECIMAL.test(t) ? 'not-whole' : 'not-number' };
      if (detail !== '' && Number(t) > Number(detail)) return { problem: 'over-max' };
      return null;
    }
    case 'bool':
      if (v.kind === 'bool') return null;
      return v.kind === 'text' && /^(?:true|false)$/.test(v.text) ? null : { problem: 'not-bool' };
    case 'csv': {
      if (v.kind === 'list') return { problem: 'list', count: v.items.length };
      if (v.kind !== 'text') return null;
      const n = v.text.split(',').length;
      if (detail !== '' && n > Number(detail)) return { problem: 'too-many', count: n };
      return null;
    }
    case 'array':
      if (v.kind === 'list') return detail !== '' && v.items.length > Number(detail) ? { problem: 'too-many', count: v.items.length } : null;
      return { problem: 'not-list' };
    case 'strings':
      if (v.kind === 'list') return null;
      return v.kind === 'text' && v.text.includes(',') ? { problem: 'comma-text' } : { problem: 'not-list' };
    case 'enum': {
      if (v.kind === 'list' || v.kind === 'object') return { problem: 'not-in-enum' };
      const allowed = detail.split('|');
      if (allowed.includes(v.text)) return v.kind === 'number' ? { problem: 'json-number' } : null;
      return { problem: 'not-in-enum' };
    }
  }
  return null;
}

/** Problems with the parameters of one request, against the endpoint's documented formats. */
export function checkRequest(req: RequestSeen, ep: DoctorEndpoint): ParamIssue[] {
  const out: ParamIssue[] = [];
  const base = { method: ep.method, path: ep.path, anchor: ep.anchor };
  const body = ep.params.get('*');
  if (body && req.bodyList) {
    const c = checkOne('array', body.detail, req.bodyList);
    if (c) out.push({ ...base, param: '*', value: shown(req.bodyList), format: 'array', detail: body.detail, ...c });
  } else if (body && ep.method === 'POST' && req.params.length > 0 && req.params.every((p) => p.value.kind !== 'list')) {
    // A batch endpoint sent one object instead of an array of them.
    out.push({ ...base, param: '*', value: shown({ kind: 'object', text: `{${req.params.map((p) => p.name).join(', ')}}` }), format: 'array', detail: body.detail, problem: 'not-list' });
  }
  const counts = new Map<string, number>();
  for (const p of req.params) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const done = new Set<string>();
  for (const p of req.params) {
    const rule = ep.params.get(p.name);
    if (!rule || done.has(p.name) || p.name === '*') continue;
    done.add(p.name);
    const n = counts.get(p.name)!;
    if (n > 1 && rule.format === 'csv') {
      out.push({ ...base, param: p.name, value: shown(p.value), format: 'csv', detail: rule.detail, problem: 'repeated', count: n });
      continue;
    }
    const c = checkOne(rule.format, rule.detail, p.value);
    if (c) out.push({ ...base, param: p.name, value: shown(p.value), format: rule.format, detail: rule.detail, ...c });
  }
  return out;
}

export interface ParamCheck {
  /** Malformed values (a JSON number where the docs list a String is listed too, problem json-number). */
  issues: ParamIssue[];
  /** Endpoints of the requests seen in the paste that the table knows, first first. */
  endpoints: DoctorEndpoint[];
  /** Names of the parameters the paste shows a value for. */
  shown: string[];
}

/** Read the requests in the paste and check each against the endpoint table. */
export function checkParams(text: string, cat: DoctorCatalog): ParamCheck {
  const reqs = readRequests(text);
  const endpoints: DoctorEndpoint[] = [];
  const issues: ParamIssue[] = [];
  const shown = new Set<string>();
  for (const r of reqs) {
    const ep = cat.endpoint(r.method, r.path);
    if (!ep) continue;
    for (const p of r.params) shown.add(p.name);
    if (!endpoints.includes(ep)) endpoints.push(ep);
    for (const i of checkRequest(r, ep)) if (!issues.some((x) => x.param === i.param && x.path === i.path)) issues.push(i);
  }
  // A dict printed apart from the URL (`params = {...}`): read when the paste shows a single endpoint.
  if (endpoints.length === 1 && !reqs.some((r) => r.params.length > 0 || r.bodyList)) {
    const ep = endpoints[0]!;
    for (const entries of looseObjects(text)) {
      if (!entries.some((e) => ep.params.has(e.name))) continue;
      for (const e of entries) shown.add(e.name);
      for (const i of checkRequest({ method: ep.method, path: ep.path, params: entries, bodyList: null, pos: 0 }, ep)) if (!issues.some((x) => x.param === i.param)) issues.push(i);
      break;
    }
  }
  return { issues, endpoints, shown: [...shown] };
}

/** Enum values as code, at most 12 (order-type lists are long). */
function ticked(detail: string): string[] {
  const vs = detail.split('|');
  return [...vs.slice(0, 12).map((v) => `\`${v}\``), ...(vs.length > 12 ? ['…'] : [])];
}

/** Evidence params of a malformed value, for the cause ranking. */
export function malformedEvidence(i: ParamIssue): { name: string; value: string; path: string; need: string } {
  return { name: i.param === '*' ? 'body' : i.param, value: i.value, path: `${i.method} ${i.path}`, need: i.format };
}

/** Findings for the issues; and, when OKX names a parameter the paste does not show, the format it needs. */
export function paramFindings(check: ParamCheck, named: string[]): Finding[] {
  const out: Finding[] = [];
  for (const i of check.issues.slice(0, 5)) {
    const where = { method: i.method, path: i.path, anchor: i.anchor };
    if (i.problem === 'json-number') out.push({ id: 'param-json-number', params: { param: i.param, value: i.value, ...where } });
    else if (i.problem === 'not-in-enum') out.push({ id: 'param-enum', params: { param: i.param, value: i.value, values: ticked(i.detail), ...where } });
    else if (i.problem === 'too-many') out.push({ id: i.param === '*' ? 'param-body-too-many' : 'param-too-many', params: { param: i.param, value: i.value, count: i.count ?? 0, max: i.detail, need: i.format, ...where } });
    else if (i.problem === 'over-max') out.push({ id: 'param-over-max', params: { param: i.param, value: i.value, max: i.detail, ...where } });
    else out.push({ id: i.param === '*' ? 'param-body-not-list' : 'param-format', params: { param: i.param, value: i.value, problem: i.problem, need: i.format, ...where } });
  }
  const ep = check.endpoints[0];
  if (ep) {
    for (const name of named) {
      // A value the paste shows was judged above (and said nothing when it is well-formed).
      if (check.shown.includes(name)) continue;
      const rule = ep.params.get(name);
      if (!rule) continue;
      const where = { method: ep.method, path: ep.path, anchor: ep.anchor };
      if (rule.format === 'enum') out.push({ id: 'param-named-enum', params: { param: name, values: ticked(rule.detail), ...where } });
      else out.push({ id: 'param-named', params: { param: name, need: rule.format, ...where } });
    }
  }
  return out;
}

/** The issues that make a generic parameter error likelier (a JSON number alone does not: OKX documents no rejection for it). */
export function malformed(check: ParamCheck): ParamIssue[] {
  return check.issues.filter((i) => i.problem !== 'json-number');
}
