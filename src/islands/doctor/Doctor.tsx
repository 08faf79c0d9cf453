import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnosis, DoctorCatalog } from '../../lib/doctor/types.ts';
import type { DoctorText } from '../../lib/doctor/text.ts';
import type { Diagnoser, WorkerLike } from '../../lib/doctor/worker-client.ts';
import type { SharePayload } from '../../lib/doctor/share.ts';
import { tr, type Strings } from '../shared/t.ts';
import DoctorResult, { type DoctorLinks } from './DoctorResult.tsx';
import ShareActions from './ShareActions.tsx';

type Share = typeof import('../../lib/doctor/share.ts');
interface Engine { diagnose: Diagnoser; cat: DoctorCatalog; share: Share }

// The engine loads on first use, not with the page: the compact catalog (also needed to show the
// result) and a Web Worker that runs diagnose(), so a 1 MB log never blocks typing or scrolling.
// Without Worker support (or if the worker fails) the same library runs here, on the main thread.
// The share functions (help request, link) load with it, so a link opens and is made offline too.
let engine: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([
    import('../../lib/doctor/catalog-adapter.ts'),
    import('../../lib/doctor/worker-client.ts'),
    import('../../lib/doctor/share.ts'),
    fetch('/data/doctor-catalog.json').then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    }),
  ]).then(([{ fromCompact }, { workerDiagnoser }, share, json]) => {
    const cat = fromCompact(json);
    const local = () => import('../../lib/doctor/index.ts').then((lib) => (paste: string, carried?: SharePayload['scan']) => lib.diagnose(paste, cat, carried ? { carried } : {}));
    let worker: WorkerLike | null = null;
    try {
      worker = new Worker(new URL('../../lib/doctor/worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
    } catch {
      // No Worker here (or it may not start): diagnose on the main thread.
    }
    if (!worker) return local().then((f) => ({ cat, share, diagnose: (paste: string, carried?: SharePayload['scan']) => Promise.resolve(f(paste, carried)) }));
    const w = worker;
    // Ready once the worker holds the catalog (or the fallback has loaded): then a paste needs no network.
    return new Promise<Engine>((resolve) => {
      const diagnose = workerDiagnoser(w, json, local, () => resolve({ cat, share, diagnose }));
      setTimeout(() => resolve({ cat, share, diagnose }), 10_000); // a silent worker still gets the pastes
    });
  });
  engine.catch(() => (engine = null));
  return engine;
}

const EXAMPLES = [
  '{"code":"50102","msg":"Timestamp request expired","data":[]}',
  'ccxt.base.errors.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}',
  '{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51000","sMsg":"Parameter posSide error ","tag":""}],"msg":"All operations failed"}',
  'POST https://www.okx.com/api/v5/account/balance 401\n{"msg":"API key doesn\'t exist","code":"50119"}',
];

/** Paste box + diagnosis. The paste never leaves the page. */
export default function Doctor({ t, text, links, idPrefix = 'doctor' }: { t: Strings; text: DoctorText; links: DoctorLinks; idPrefix?: string }) {
  const [paste, setPaste] = useState('');
  const [state, setState] = useState<{ d: Diagnosis; cat: DoctorCatalog } | 'loading' | 'failed' | null>(null);
  const [ready, setReady] = useState(false);
  // A share link (#d=…): its masked paste and the secret facts read from the original. Read here, in
  // the browser; the fragment is never sent. Also on hashchange, so a link opens on a loaded page.
  const [shared, setShared] = useState<SharePayload | null>(null);
  const [linkNote, setLinkNote] = useState<'opened' | 'bad' | null>(null);
  useEffect(() => {
    const read = () => {
      if (!location.hash.startsWith('#d=')) return;
      void loadEngine().then((e) => e.share.decodeShare(location.hash)).then((p) => {
        setLinkNote(p ? 'opened' : 'bad');
        if (!p) return;
        setShared(p);
        setPaste(p.paste);
      }, () => setLinkNote('bad'));
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  const carried = shared && shared.paste === paste ? shared.scan : undefined;
  const run = useRef(0);
  const warm = () => void loadEngine().then(() => setReady(true), () => undefined);
  useEffect(() => {
    const me = ++run.current;
    if (paste === '') return setState(null);
    const timer = setTimeout(() => {
      setState((s) => (s === null || s === 'failed' ? 'loading' : s));
      // Only the latest paste's answer is shown (the worker drops superseded ones: null).
      loadEngine()
        .then(async (e) => ({ d: await e.diagnose(paste, carried), cat: e.cat }))
        .then(
          ({ d, cat }) => (setReady(true), d && me === run.current && setState({ d, cat })),
          () => me === run.current && setState('failed'),
        );
    }, 120);
    return () => clearTimeout(timer);
  }, [paste, carried]);
  const id = `${idPrefix}-paste`;
  return (
    <div class="tool doctor">
      <label for={id}>{tr(t, 'doctor.label')}</label>
      <p class="small muted" id={`${id}-hint`}>{tr(t, 'doctor.hint')}</p>
      {linkNote && <p class={linkNote === 'bad' ? 'banner' : 'small'} data-testid="share-opened">{tr(t, linkNote === 'bad' ? 'doctor.share.badLink' : 'doctor.share.opened')}</p>}
      <textarea id={id} rows={7} spellcheck={false} aria-describedby={`${id}-hint`} value={paste} data-engine={ready ? 'ready' : undefined} onFocus={warm}
        onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} placeholder='{"code":"50102","msg":"Timestamp request expired"}' />
      <p class="tool-row small">
        <span>{tr(t, 'doctor.examples')}</span>
        {EXAMPLES.map((ex, i) => (
          <button key={i} type="button" class="button small secondary" onClick={() => setPaste(ex)}>{ex.match(/"(?:s?[Cc]ode)":"(\d+)"/g)?.pop()?.replace(/\D/g, '') ?? i + 1}</button>
        ))}
        <button type="button" class="button small secondary" onClick={() => setPaste('')}>{tr(t, 'tools.clear')}</button>
      </p>
      <div role="status" aria-live="polite" data-testid="doctor-status">
        {state === 'loading' && <p class="small muted">{tr(t, 'doctor.loading')}</p>}
        {state === 'failed' && <p class="banner">{tr(t, 'doctor.loadFailed')}</p>}
        {state && typeof state === 'object' && <DoctorResult d={state.d} cat={state.cat} text={text} t={t} links={links} />}
      </div>
      {state && typeof state === 'object' && paste.trim() !== '' && <ShareActions paste={paste} carried={carried} cat={state.cat} lang={text.lang} t={t} idPrefix={idPrefix} />}
    </div>
  );
}
