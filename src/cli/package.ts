/**
 * Library entry of the npm package `okx-doctor` (scripts/pack-cli.mjs bundles it with the catalog
 * embedded): the same functions the site's tools use, for a Node bot.
 *
 *   import { explain } from 'okx-doctor';
 *   try { await exchange.createOrder(…) } catch (e) { const x = explain(e); console.error(x.code, x.title, x.url) }
 */
import { loadDoctorCatalog } from './catalog-fs.ts';
import { SITE } from './prog.ts';
import { checkClockAt, type ClockCheckResult } from '../lib/clock/check.ts';
import { timeUrl, timeUrlForHost } from '../lib/clock/hosts.ts';
import { diagnose as diagnosePaste, renderText, type Diagnosis, type Lang } from '../lib/doctor/index.ts';
import { explain as explainError, type Explanation } from '../lib/explain/index.ts';
import { ensureWebCrypto } from './webcrypto.ts';

await ensureWebCrypto();

export { sign, checkInputs, checkKeys, huntMismatch } from '../lib/sign/index.ts';
export type { Diagnosis, Lang } from '../lib/doctor/index.ts';
export type { Explanation } from '../lib/explain/index.ts';
export type { ClockCheck, ClockCheckResult } from '../lib/clock/check.ts';
export type { WatchHit } from '../lib/watch/hits.ts';
export { VERSION } from './prog.ts';

export interface LangOptions {
  /** Language of the text, cause titles and fixes: 'en' (default) or 'zh'. */
  lang?: Lang;
}

/** Diagnose an error paste, a log or a response body (what `okx-doctor diagnose` reads); `text` is the readable report. */
export function diagnose(text: string | Uint8Array, opts: LangOptions = {}): Diagnosis & { text: string } {
  const cat = loadDoctorCatalog();
  const input = typeof text === 'string' ? text : new TextDecoder().decode(text);
  const d = diagnosePaste(input, cat);
  return { ...d, text: renderText(d, cat, opts.lang ?? 'en') };
}

/**
 * For a catch block: a ccxt error, what okx-api throws, an axios/fetch error with the response body,
 * or a string → the code, top cause, fix and code page URL (plus the whole diagnosis). Never throws.
 */
export function explain(error: unknown, opts: LangOptions = {}): Explanation {
  return explainError(error, loadDoctorCatalog(), { lang: opts.lang ?? 'en', site: SITE });
}

export interface ClockOptions {
  /** www.okx.com (default), openapi.okx.com, eea.okx.com, us.okx.com or a region id www | openapi | eea | us. */
  host?: string;
  /** Exact time endpoint URL instead of host. */
  url?: string;
  /** Requests to make, 1-20 (default 5); the lowest-RTT one is used. */
  samples?: number;
}

/** Measure this machine's clock against OKX server time (what `okx-doctor clock` prints). Never throws. */
export async function checkClock(opts: ClockOptions = {}): Promise<ClockCheckResult> {
  const url = opts.url ?? (opts.host === undefined ? timeUrl('www') : timeUrlForHost(opts.host));
  if (!url) return { ok: false, message: `not a host name or region id: ${opts.host}` };
  if (opts.samples !== undefined && !(Number.isInteger(opts.samples) && opts.samples >= 1 && opts.samples <= 20)) {
    return { ok: false, message: 'samples must be a whole number from 1 to 20' };
  }
  try {
    return await checkClockAt(url, opts.samples === undefined ? {} : { samples: opts.samples });
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
