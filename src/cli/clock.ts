/**
 * `npm run --silent cli -- clock [--host www.okx.com | --url URL] [--samples N]`
 * Measures this machine's clock against OKX server time and prints one JSON line:
 *   {"offset_ms":n,"uncertainty_ms":n,"rtt_ms":n,"verdict":"ok|near-edge|expired","cause":"clock-skew"|"timezone-as-utc"|null}
 * offset_ms = OKX − this machine (positive: this clock is behind). Exit 0 on a measurement
 * (whatever the verdict), 1 on network/response errors, 2 on bad arguments.
 */
import { settle, type CliIo, type Parsed } from './io.ts';
import { PROG } from './prog.ts';
import { checkClockAt } from '../lib/clock/check.ts';
import { timeUrl, timeUrlForHost } from '../lib/clock/hosts.ts';

export const USAGE = `usage: ${PROG} clock [--host HOST | --url URL] [--samples N]
  --host HOST    www.okx.com (default), openapi.okx.com, eea.okx.com, us.okx.com,
                 or a region id: www | openapi | eea | us
  --url URL      exact time endpoint URL, e.g. http://127.0.0.1:8080/api/v5/public/time
  --samples N    requests to make, 1-20 (default 5); the lowest-RTT one is used
prints {"offset_ms","uncertainty_ms","rtt_ms","verdict","cause"}; offset_ms > 0: this clock is behind OKX`;

export { DEFAULT_SAMPLES, MAX_SAMPLES, SAMPLE_TIMEOUT_MS, MIN_START_INTERVAL_MS, MIN_GAP_MS, measure } from '../lib/clock/measure.ts';
export type { MeasureOptions, MeasureResult } from '../lib/clock/measure.ts';
import { DEFAULT_SAMPLES, MAX_SAMPLES } from '../lib/clock/measure.ts';

interface Args {
  url: string;
  samples: number;
}

function parseArgs(args: string[]): Parsed<Args> {
  let host: string | undefined;
  let url: string | undefined;
  let samples = DEFAULT_SAMPLES;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { help: true };
    const m = /^(--host|--url|--samples)(?:=(.*))?$/.exec(a);
    if (!m) return { error: `unknown argument "${a}"` };
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return { error: `${m[1]} needs a value` };
    if (m[1] === '--host') {
      if (host !== undefined) return { error: '--host given twice' };
      host = value;
    } else if (m[1] === '--url') {
      if (url !== undefined) return { error: '--url given twice' };
      url = value;
    } else {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_SAMPLES) {
        return { error: `--samples must be a whole number from 1 to ${MAX_SAMPLES}` };
      }
      samples = Number(value);
    }
  }
  if (host !== undefined && url !== undefined) return { error: 'use either --host or --url, not both' };
  if (url !== undefined) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { error: `--url is not a valid URL: ${url}` };
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: '--url must be http:// or https://' };
    return { url, samples };
  }
  if (host !== undefined) {
    const t = timeUrlForHost(host);
    if (!t) return { error: `--host is not a host name or region id: ${host}` };
    return { url: t, samples };
  }
  return { url: timeUrl('www'), samples };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const s = settle(parseArgs(args), 'clock', USAGE, io);
  if ('exit' in s) return s.exit;
  const parsed = s.args;
  const r = await checkClockAt(parsed.url, { samples: parsed.samples });
  if (!r.ok) {
    io.err(`clock: ${r.message}\n`);
    return 1;
  }
  io.out(JSON.stringify(r.result) + '\n');
  return 0;
}
