/**
 * Measure a clock against OKX's time endpoint: sequential, spaced requests (OKX allows 10 per 2 s per IP).
 * Runs in browsers and Node (fetch, AbortController, performance); the fetch is injectable for tests.
 */
import type { ClockSample } from './estimate.ts';
import { classifyFailureText, parseTimeBody } from './response.ts';
import type { ClockErrorId } from './response.ts';

export const DEFAULT_SAMPLES = 5;
export const MAX_SAMPLES = 20;
export const SAMPLE_TIMEOUT_MS = 5_000;
/** OKX allows 10 requests / 2 s per IP on this endpoint: start requests at least 210 ms apart. */
export const MIN_START_INTERVAL_MS = 210;
/** …and leave at least 100 ms between the end of one request and the start of the next. */
export const MIN_GAP_MS = 100;

export interface MeasureOptions {
  samples?: number;
  timeoutMs?: number;
  minStartIntervalMs?: number;
  minGapMs?: number;
  fetchImpl?: typeof fetch;
}

export type MeasureResult =
  | { ok: true; samples: ClockSample[] }
  | { ok: false; error: ClockErrorId; message: string; okxCode?: string; badResponse?: true };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
/** Wait until `performance.now()` reaches `deadline`. Timers may fire up to ~1 ms early, so re-check. */
async function sleepUntil(deadline: number): Promise<void> {
  for (let left = deadline - performance.now(); left > 0; left = deadline - performance.now()) await sleep(Math.ceil(left));
}
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function describeFetchError(e: unknown, timeoutMs: number): { error: ClockErrorId; detail: string } {
  if (e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError')) {
    return { error: 'timeout', detail: `no answer within ${timeoutMs / 1000} s` };
  }
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const parts = [err.cause?.message, err.cause?.code, err.message].filter((x): x is string => Boolean(x));
  const kept = parts.filter((p, i) => !parts.slice(0, i).some((q) => q.includes(p)));
  const detail = oneLine(kept.join(' / ') || String(e));
  return { error: classifyFailureText(detail) ?? 'fetch-error', detail };
}

/** Request the time endpoint `samples` times, sequentially and spaced out. Stops at the first failure. */
export async function measure(url: string, opts: MeasureOptions = {}): Promise<MeasureResult> {
  const n = opts.samples ?? DEFAULT_SAMPLES;
  const timeoutMs = opts.timeoutMs ?? SAMPLE_TIMEOUT_MS;
  const doFetch = opts.fetchImpl ?? fetch;
  const samples: ClockSample[] = [];
  let lastStart = -Infinity;
  let lastEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      await sleepUntil(Math.max(lastStart + (opts.minStartIntervalMs ?? MIN_START_INTERVAL_MS), lastEnd + (opts.minGapMs ?? MIN_GAP_MS)));
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    lastStart = performance.now();
    const t0 = Date.now();
    let status: number;
    let body: string;
    try {
      const res = await doFetch(url, { signal: ctrl.signal, headers: { accept: 'application/json' }, cache: 'no-store' });
      status = res.status;
      body = await res.text();
    } catch (e) {
      const { error, detail } = describeFetchError(e, timeoutMs);
      return { ok: false, error, message: `cannot reach ${url}: ${detail}` };
    } finally {
      clearTimeout(timer);
    }
    const t1 = Date.now();
    lastEnd = performance.now();
    const parsed = parseTimeBody(body, status);
    if (!parsed.ok) {
      const code = parsed.okxCode ? ` ${parsed.okxCode}` : '';
      return {
        ok: false,
        error: parsed.error,
        message: `${url} answered HTTP ${status} without the time (${parsed.error}${code})`,
        badResponse: true,
        ...(parsed.okxCode ? { okxCode: parsed.okxCode } : {}),
      };
    }
    samples.push({ t0, ts: parsed.ts, t1 });
  }
  return { ok: true, samples };
}

