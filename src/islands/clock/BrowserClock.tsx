import { useEffect, useRef, useState } from 'preact/hooks';
import { estimateOffset, type ClockEstimate } from '../../lib/clock/estimate.ts';
import { OKX_REGIONS, timeUrl, type OkxRegion } from '../../lib/clock/hosts.ts';
import { verdictFor, type ClockVerdict } from '../../lib/clock/verdict.ts';
import type { ClockTable } from '../../lib/clock/format.ts';
import { tr, type Strings } from '../shared/t.ts';
import ClockResult from './ClockResult.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'measuring' }
  | { kind: 'done'; source: 'okx' | 'site'; estimate: ClockEstimate; verdict: ClockVerdict }
  | { kind: 'failed' };

/** Ask this site's own server for its Date header: the fallback when OKX does not answer browsers. */
async function siteSample() {
  const { sampleFromDateHeader } = await import('../../lib/clock/site-time.ts');
  const t0 = Date.now();
  const res = await fetch(`/favicon.svg?clock=${t0}`, { method: 'HEAD', cache: 'no-store' });
  const t1 = Date.now();
  return sampleFromDateHeader(t0, res.headers.get('date'), t1);
}

/** Measures this browser's clock against OKX (or, failing that, this site) and shows a live clock. */
export default function BrowserClock({ t, msgs }: { t: Strings; msgs: ClockTable }) {
  const [region, setRegion] = useState<OkxRegion>('www');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const run = useRef(0);

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);

  const start = async () => {
    const me = ++run.current;
    setState({ kind: 'measuring' });
    // The measuring code loads only when someone asks for a measurement.
    const { measure } = await import('../../lib/clock/measure.ts');
    const okx = await measure(timeUrl(region), { samples: 4, timeoutMs: 4000 });
    let source: 'okx' | 'site' = 'okx';
    let samples = okx.ok ? okx.samples : [];
    if (!okx.ok) {
      source = 'site';
      samples = [];
      for (let i = 0; i < 3; i++) {
        try {
          const s = await siteSample();
          if (s) samples.push(s);
        } catch {
          /* offline: handled below */
        }
      }
    }
    if (me !== run.current) return;
    const estimate = estimateOffset(samples);
    setState(estimate ? { kind: 'done', source, estimate, verdict: verdictFor(estimate) } : { kind: 'failed' });
  };

  const fmt = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 23) + ' UTC';
  const done = state.kind === 'done' ? state : null;
  return (
    <div class="tool">
      <div class="tool-row">
        <label for="clock-region">{tr(t, 'clock.browser.region')}</label>
        <select id="clock-region" value={region} onChange={(e) => setRegion((e.target as HTMLSelectElement).value as OkxRegion)}>
          {OKX_REGIONS.map((r) => <option key={r.id} value={r.id}>{new URL(timeUrl(r.id)).host}</option>)}
        </select>
        <button type="button" class="button" onClick={start} disabled={state.kind === 'measuring'}>
          {state.kind === 'measuring' ? tr(t, 'clock.browser.measuring') : tr(t, 'clock.browser.measure')}
        </button>
      </div>
      <dl class="facts" aria-hidden="true">
        <dt>{tr(t, 'clock.browser.local')}</dt><dd><code data-testid="local-clock">{fmt(now)}</code></dd>
        {done && done.source === 'okx' && (<><dt>{tr(t, 'clock.browser.server')}</dt><dd><code>{fmt(now + done.estimate.offsetMs)}</code></dd></>)}
      </dl>
      <div role="status" aria-live="polite" data-testid="browser-status">
        {state.kind === 'failed' && <p class="banner">{tr(t, 'clock.browser.failed')}</p>}
        {done && done.source === 'site' && <p class="banner" data-testid="clock-fallback">{tr(t, 'clock.browser.fallback')}</p>}
        {done && <ClockResult estimate={done.estimate} verdict={done.verdict} t={t} msgs={msgs} />}
      </div>
    </div>
  );
}
