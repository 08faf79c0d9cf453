/**
 * checkInputs: everything that can be said about a request's signing inputs
 * without knowing the signature. Returns finding ids + params; text is in messages.ts.
 */
import { scanChars, type CharClass } from './chars.ts';
import { isValidJson, jsonStyle, hasNonAscii, stringMask } from './json-text.ts';
import { splitPathQuery } from './prehash.ts';
import { compareQuery, leadingHost, requestPathOfUrl, type QueryDiff } from './query.ts';
import { checkTimestamp, parseLooseIso } from './timestamp.ts';
import type { CheckInputs, Finding, Severity } from './types.ts';

function f(id: string, part: Finding['part'], severity: Severity, code?: string, probable = false, params: Finding['params'] = {}): Finding {
  const out: Finding = { id, part, severity, params };
  if (code) out.code = code;
  if (code && probable) out.probable = true;
  return out;
}

function checkMethod(method: string | undefined): Finding[] {
  if (method === undefined || method.trim() === '') return [f('method-empty', 'method', 'error')];
  const out = scanChars(method, 'method');
  const m = method.trim();
  if (m !== m.toUpperCase()) out.push(f('method-not-uppercase', 'method', 'error', '50113', false, { method: m, upper: m.toUpperCase() }));
  if (m.toUpperCase() !== 'GET' && m.toUpperCase() !== 'POST') out.push(f('method-unexpected', 'method', 'warning', undefined, false, { method: m }));
  return out;
}

const QUERY_DIFF_ID: Record<Exclude<QueryDiff, 'same' | 'order-and-encoding'>, string> = {
  missing: 'query-missing',
  'not-sent': 'query-not-sent',
  order: 'query-order-differs',
  encoding: 'query-encoding-differs',
  different: 'query-differs-from-sent',
};

function checkSent(signedPathQuery: string, sentUrl: string): Finding[] {
  const sent = requestPathOfUrl(sentUrl);
  const a = splitPathQuery(signedPathQuery);
  const b = splitPathQuery(sent);
  const out: Finding[] = [];
  if (a.path !== b.path) out.push(f('path-differs-from-sent', 'path', 'error', '50113', false, { signed: a.path, sent: b.path }));
  const diff = compareQuery(a.query, b.query);
  const params = { signed: a.query, sent: b.query };
  if (diff === 'order-and-encoding') {
    out.push(f(QUERY_DIFF_ID.order, 'query', 'error', '50113', false, params));
    out.push(f(QUERY_DIFF_ID.encoding, 'query', 'error', '50113', false, params));
  } else if (diff !== 'same') out.push(f(QUERY_DIFF_ID[diff], 'query', 'error', '50113', false, params));
  return out;
}

function checkPath(requestPath: string | undefined, method: string, body: string, sentUrl?: string): Finding[] {
  if (requestPath === undefined || requestPath === '') return [f('path-empty', 'path', 'error')];
  const out = scanChars(requestPath, 'path');
  let rest = requestPath.trim();
  const host = leadingHost(rest);
  if (host) {
    out.push(f('path-has-host', 'path', 'error', '50113', false, { host }));
    rest = rest.slice(host.length);
  }
  const { path, query } = splitPathQuery(rest);
  if (!path.startsWith('/')) out.push(f('path-no-leading-slash', 'path', 'error', '50113', true, { path }));
  else if (!path.startsWith('/api/v5/')) out.push(f('path-missing-api-v5', 'path', 'error', '50113', true, { path }));
  if (rest.includes('#')) out.push(f('path-has-fragment', 'path', 'warning', '50113', true, {}));
  if (query === '?') out.push(f('query-empty', 'query', 'warning', '50113', true, {}));
  if (method === 'GET' && body !== '') out.push(f('get-with-body', 'body', 'warning', '50113', true, {}));
  if (method === 'POST' && query.length > 1) out.push(f('post-with-query', 'query', 'info'));
  if (method === 'POST' && body === '') out.push(f('post-empty-body', 'body', 'info'));
  if (sentUrl !== undefined && sentUrl.trim() !== '') out.push(...checkSent(rest, sentUrl));
  return out;
}

const FORM_RE = /^[^{}[\]"'=&\s]+=[^&]*(?:&[^=&]+=[^&]*)*$/;
const PY_REPR_RE = /^\s*[{[]\s*'|:\s*(?:True|False|None)\s*[,}]/;

function canonical(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return null;
  }
}

function checkBody(body: string, sentBody?: string): Finding[] {
  const out: Finding[] = [];
  if (body !== '') {
    const valid = isValidJson(body);
    const mask = valid ? stringMask(body) : null;
    // JSON whitespace is legitimate; full-width text inside string values is legitimate.
    const skip = (i: number, cls: CharClass) =>
      cls === 'char-newline' || cls === 'char-inner-space' || (mask !== null && mask[i] === true && (cls === 'char-fullwidth' || cls === 'char-smart-quote'));
    out.push(...scanChars(body, 'body', { skip }));
    if (!valid) {
      if (FORM_RE.test(body.trim())) out.push(f('body-form-encoded', 'body', 'error'));
      else if (PY_REPR_RE.test(body)) out.push(f('body-python-repr', 'body', 'error'));
      else out.push(f('body-not-json', 'body', 'error'));
    } else {
      const parsed: unknown = JSON.parse(body);
      if (parsed === null || typeof parsed !== 'object') out.push(f('body-not-object', 'body', 'warning', undefined, false, { type: parsed === null ? 'null' : typeof parsed }));
      out.push(f('body-json-style', 'body', 'info', undefined, false, { style: jsonStyle(body.trim()) }));
      if (hasNonAscii(body)) out.push(f('body-non-ascii', 'body', 'info'));
    }
  }
  if (sentBody !== undefined && sentBody !== body) {
    const a = canonical(body);
    const sameJson = a !== null && a === canonical(sentBody);
    out.push(f('body-differs-from-sent', 'body', 'error', '50113', false, { sameJson: sameJson ? 'yes' : 'no' }));
  }
  return out;
}

/** All findings for a request's signing inputs (REST by default, or WS login). */
export function checkInputs(inputs: CheckInputs): Finding[] {
  const kind = inputs.kind ?? 'rest';
  const out: Finding[] = [...checkTimestamp(inputs.timestamp, kind, inputs.nowMs)];
  const tsChars = scanChars(inputs.timestamp, 'timestamp');
  // A space between date and time is reported as timestamp-separator already.
  const looseIso = parseLooseIso(inputs.timestamp.trim()) !== null;
  out.push(...tsChars.filter((x) => !(looseIso && x.id === 'char-inner-space')));
  if (kind === 'rest') {
    const body = inputs.body ?? '';
    const method = (inputs.method ?? '').trim().toUpperCase();
    out.push(...checkMethod(inputs.method));
    out.push(...checkPath(inputs.requestPath, method, body, inputs.sentUrl));
    out.push(...checkBody(body, inputs.sentBody));
  }
  if (inputs.secret !== undefined) out.push(...scanChars(inputs.secret, 'secret'));
  return out;
}

/** Concatenates finding lists, dropping repeats of the same id on the same part (e.g. checkInputs + checkKeys on the secret). */
export function mergeFindings(...lists: Finding[][]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const list of lists) {
    for (const x of list) {
      const k = x.id + '\u0000' + x.part;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}
