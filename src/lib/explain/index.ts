/**
 * explain(error): for a bot's catch block. Takes whatever the bot caught — a ccxt error (its message
 * is `okx {json}`), what okx-api throws (the response body {code,msg,data}), an axios error with
 * response.data, a fetch-style error with a body or cause, or a plain string — and returns the
 * Error Doctor's diagnosis with the top code, cause, fix and code page URL.
 * Pure, never throws. Only message and body fields are read: an axios error's config and request
 * headers (which hold OK-ACCESS-KEY, -SIGN, -PASSPHRASE) are never read, and the doctor masks any
 * secret that a message or body carries before reading it.
 */
import { diagnose, renderText } from '../doctor/index.ts';
import type { Diagnosis, DoctorCatalog, Lang } from '../doctor/types.ts';
import { hitsOf, type WatchHit } from '../watch/hits.ts';

export interface Explanation {
  /** The most specific OKX code found, or null. */
  code: string | null;
  /** Top cause id (causes.tsv), its title, and the first fix step, in the chosen language. */
  cause: string | null;
  title: string | null;
  fix: string | null;
  /** Absolute URL of the code's page on the site (zh-CN at the root, English under /en). */
  url: string | null;
  /** Every code found, each with its top cause. */
  hits: WatchHit[];
  diagnosis: Diagnosis;
  /** The diagnosis as readable text (what `okx-doctor diagnose` prints). */
  text: string;
}

const MAX_PART = 64 * 1024;
/** Keys never read from an error object: request config and headers carry the credentials. */
const SKIP_KEYS = /^(?:config|request|headers|requestHeaders|options|agent|socket|_.*)$/i;

function clip(s: string): string {
  return s.length > MAX_PART ? s.slice(0, MAX_PART) : s;
}

function bodyText(x: unknown): string | null {
  if (typeof x === 'string') return x;
  if (x instanceof Uint8Array) return new TextDecoder().decode(x);
  if (x && typeof x === 'object') {
    try {
      return JSON.stringify(x, (k, v: unknown) => (k && SKIP_KEYS.test(k) ? undefined : v));
    } catch {
      return null; // circular
    }
  }
  return null;
}

/** The text of what was caught, for the doctor: message, status and body, never headers or config. */
export function errorText(error: unknown, depth = 0): string {
  if (error === null || error === undefined) return '';
  if (typeof error === 'string') return clip(error);
  if (typeof error !== 'object') return clip(String(error));
  const e = error as Record<string, unknown>;
  const parts: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && !parts.includes(s)) parts.push(clip(s));
  };
  const isError = error instanceof Error || (typeof e.message === 'string' && typeof e.name === 'string');
  if (isError) add(`${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`);
  const res = e.response && typeof e.response === 'object' ? (e.response as Record<string, unknown>) : null;
  const status = res?.status ?? e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 100 && status < 600) add(`HTTP ${status}${typeof res?.statusText === 'string' ? ' ' + res.statusText : ''}`);
  for (const body of [res?.data, res?.body, e.body, e.responseBody, isError ? e.data : undefined]) {
    if (body !== undefined && body !== null) add(bodyText(body));
  }
  // okx-api throws the response body itself: {code, msg, data}.
  if (!isError && !res && ('code' in e || 'msg' in e || 'sCode' in e)) add(bodyText(e));
  if (depth < 3 && e.cause !== undefined && e.cause !== error) add(errorText(e.cause, depth + 1));
  if (parts.length === 0 && !isError) add(bodyText(e));
  return parts.join('\n');
}

export interface ExplainOptions {
  lang?: Lang;
  /** Origin for the code page URL, e.g. https://example.com */
  site: string;
}

export function explain(error: unknown, cat: DoctorCatalog, opts: ExplainOptions): Explanation {
  const lang = opts.lang ?? 'en';
  let text: string;
  try {
    text = errorText(error);
  } catch {
    text = ''; // a getter that throws, a Proxy…
  }
  const d = diagnose(text, cat);
  const hits = hitsOf(d, cat, lang, opts.site);
  // No code (a network error, an HTTP status, a hidden [object Object]): the doctor's top cause still helps.
  const cause = d.causes[0];
  const top = hits[0] ?? {
    code: null,
    cause: cause?.id ?? null,
    title: cause ? (cat.causeTitle(cause.id)?.[lang] ?? cause.id) : null,
    fix: cause?.fixes[0] ? (cat.fixText(cause.fixes[0])?.[lang] ?? null) : null,
    url: null,
  };
  return {
    code: top.code,
    cause: top.cause,
    title: top.title,
    fix: top.fix,
    url: top.url,
    hits,
    diagnosis: d,
    text: renderText(d, cat, lang),
  };
}
