import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { restPrehash, wsLoginPrehash } from '../../lib/sign/prehash.ts';
import { signBase64 } from '../../lib/sign/hmac.ts';
import type { checkInputs } from '../../lib/sign/checks.ts';
import { formatFrom, type MessageTable } from '../../lib/sign/format.ts';
import { decodeHash, encodeHash, type ShareableInputs } from '../../lib/sign/url-state.ts';
import { tr, type Strings } from '../shared/t.ts';
import FindingsList from './FindingsList.tsx';
import PrehashView from './PrehashView.tsx';
import CompareBox from './CompareBox.tsx';
import RequestOutput from './RequestOutput.tsx';

interface Props { t: Strings; msgs: MessageTable; lang: 'en' | 'zh'; codeBase: string }

const nowIso = () => new Date().toISOString();
const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** Signature checker. Secret and passphrase live only in this component's state: never in the URL, storage or console. */
export default function SignatureChecker({ t, msgs, lang, codeBase }: Props) {
  const [s, setS] = useState<ShareableInputs>(() => decodeHash(typeof location === 'undefined' ? '' : location.hash));
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [reveal, setReveal] = useState(false);
  const [paste, setPaste] = useState('');
  const [pasteMsg, setPasteMsg] = useState('');
  const [signature, setSignature] = useState('');
  const req = useRef(0);
  // The input checks load on the first interaction with the tool (or at once for a shared example),
  // which keeps the page's initial JavaScript small.
  const [checker, setChecker] = useState<{ run: typeof checkInputs } | null>(null);
  const loadChecks = () => {
    if (checker) return;
    void import('../../lib/sign/checks.ts').then((m) => setChecker({ run: m.checkInputs }));
    // Warm the other on-demand parts too, so the tool keeps working if the network drops later.
    void import('../../lib/sign/hunter.ts').catch(() => undefined);
    void import('../../lib/sign/snippets.ts').catch(() => undefined);
    void import('../../lib/sign/parse-request.ts').catch(() => undefined);
  };
  useEffect(() => {
    if (location.hash.length > 1) loadChecks();
    // A hash edited by hand, or a link to another example on the same page, re-reads the inputs.
    const onHash = () => setS(decodeHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const set = (patch: Partial<ShareableInputs>) => setS((old) => ({ ...old, ...patch }));

  // Non-secret inputs go to the hash so a link can carry an example; replaceState keeps history clean.
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${encodeHash(s)}`);
  }, [s]);

  const ws = s.kind === 'ws';
  const pre = useMemo(
    () => (ws ? wsLoginPrehash(s.timestamp) : restPrehash({ timestamp: s.timestamp, method: s.method, requestPath: s.requestPath, body: s.body })),
    [ws, s.timestamp, s.method, s.requestPath, s.body],
  );
  const findings = useMemo(
    () => checker?.run({ kind: s.kind, timestamp: s.timestamp, method: s.method, requestPath: s.requestPath, body: s.body, secret }) ?? null,
    [checker, s.kind, s.timestamp, s.method, s.requestPath, s.body, secret],
  );
  useEffect(() => {
    const me = ++req.current;
    if (!secret) return setSignature('');
    signBase64(secret, pre.prehash).then((sig) => me === req.current && setSignature(sig), () => me === req.current && setSignature(''));
  }, [secret, pre.prehash]);
  const huntInputs = useMemo(
    () => (secret ? { kind: s.kind, timestamp: s.timestamp, method: s.method, requestPath: s.requestPath, body: s.body, secret, passphrase: passphrase || undefined } : null),
    [s.kind, s.timestamp, s.method, s.requestPath, s.body, secret, passphrase],
  );

  const fill = async () => {
    // The request parser is loaded only when someone pastes a request.
    const { parseRequest } = await import('../../lib/sign/parse-request.ts');
    const r = parseRequest(paste);
    if (!r.ok) return setPasteMsg(formatFrom(msgs, r.error));
    const i = r.inputs;
    set({ kind: 'rest', ...(i.timestamp && { timestamp: i.timestamp }), ...(i.method && { method: i.method }), ...(i.requestPath && { requestPath: i.requestPath }), body: i.body ?? '', ...(r.simulated !== undefined && { demo: r.simulated }) });
    setPasteMsg(r.notes.map((n) => formatFrom(msgs, n.id, n.params)).join(' '));
  };
  const clear = () => {
    setSecret(''); setPassphrase(''); setPaste(''); setPasteMsg('');
    set({ body: '', requestPath: '/api/v5/account/balance', method: 'GET', timestamp: ws ? nowSeconds() : nowIso() });
  };
  const input = (id: string, value: string, onInput: (v: string) => void, extra: Record<string, unknown> = {}) => (
    <input id={id} type="text" autocomplete="off" spellcheck={false} value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} {...extra} />
  );

  return (
    <div class="tool sign-tool" onFocusIn={loadChecks} onPointerDown={loadChecks}>
      <fieldset class="tool-row">
        <legend>{tr(t, 'sign.kind')}</legend>
        {(['rest', 'ws'] as const).map((k) => (
          <label key={k} class="radio"><input type="radio" name="kind" value={k} checked={s.kind === k}
            onChange={() => set({ kind: k, timestamp: k === 'ws' ? nowSeconds() : nowIso() })} /> {tr(t, `sign.kind.${k}`)}</label>
        ))}
      </fieldset>
      <label for="secret">{tr(t, 'sign.secret')}</label>
      <div class="tool-row">
        <input id="secret" type={reveal ? 'text' : 'password'} autocomplete="off" spellcheck={false} aria-describedby="secret-hint" value={secret}
          onInput={(e) => setSecret((e.target as HTMLInputElement).value)} />
        <button type="button" class="button secondary" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>{tr(t, reveal ? 'sign.hide' : 'sign.reveal')}</button>
      </div>
      <p class="small muted" id="secret-hint">{tr(t, 'sign.secretHint')}</p>
      <label for="ts">{tr(t, ws ? 'sign.timestampWs' : 'sign.timestamp')}</label>
      <div class="tool-row">
        {input('ts', s.timestamp, (v) => set({ timestamp: v }))}
        <button type="button" class="button secondary" onClick={() => set({ timestamp: ws ? nowSeconds() : nowIso() })}>{tr(t, 'sign.now')}</button>
      </div>
      {!ws && (
        <>
          <div class="tool-row">
            <label for="method">{tr(t, 'sign.method')}</label>
            {input('method', s.method, (v) => set({ method: v }), { class: 'short', list: 'methods' })}
            <datalist id="methods"><option value="GET" /><option value="POST" /></datalist>
          </div>
          <label for="path">{tr(t, 'sign.path')}</label>
          {input('path', s.requestPath, (v) => set({ requestPath: v }), { 'aria-describedby': 'path-hint' })}
          <p class="small muted" id="path-hint">{tr(t, 'sign.pathHint')}</p>
          <label for="body">{tr(t, 'sign.body')}</label>
          <textarea id="body" rows={3} spellcheck={false} value={s.body} onInput={(e) => set({ body: (e.target as HTMLTextAreaElement).value })} />
        </>
      )}
      <div class="tool-row">
        <label class="radio"><input type="checkbox" checked={s.demo} onChange={(e) => set({ demo: (e.target as HTMLInputElement).checked })} /> {tr(t, 'sign.demo')}</label>
        <label for="region">{tr(t, 'sign.region')}</label>
        <select id="region" value={s.region} onChange={(e) => set({ region: (e.target as HTMLSelectElement).value as ShareableInputs['region'] })}>
          <option value="www">www.okx.com</option><option value="eea">my.okx.com (EEA)</option><option value="us">app.okx.com (US)</option>
        </select>
        <button type="button" class="button secondary" onClick={clear}>{tr(t, 'tools.clear')}</button>
      </div>
      {!ws && (
        <details>
          <summary>{tr(t, 'sign.paste')}</summary>
          <p class="small muted" id="paste-hint">{tr(t, 'sign.pasteHint')}</p>
          <textarea id="paste" aria-label={tr(t, 'sign.paste')} aria-describedby="paste-hint" rows={4} spellcheck={false} value={paste} onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)} />
          <p><button type="button" class="button" onClick={fill}>{tr(t, 'sign.pasteApply')}</button> <span role="status" class="small">{pasteMsg}</span></p>
        </details>
      )}

      <div role="status" aria-live="polite">
        <h2 class="h3">{tr(t, 'sign.prehash')}</h2>
        <PrehashView segments={pre.segments} t={t} />
        <h2 class="h3">{tr(t, 'sign.signature')}</h2>
        {signature ? <p><code class="signature" data-testid="signature">{signature}</code></p> : <p class="small muted">{tr(t, 'sign.needSecret')}</p>}
        <h2 class="h3">{tr(t, 'sign.findings')}</h2>
        {findings ? <FindingsList findings={findings} msgs={msgs} t={t} codeBase={codeBase} testId="sign-findings" /> : <p class="small muted">{tr(t, 'sign.checksPending')}</p>}
      </div>
      {signature && <RequestOutput kind={s.kind} signature={signature} inputs={{ kind: s.kind, timestamp: s.timestamp, method: s.method, requestPath: s.requestPath, body: s.body }} demo={s.demo} region={s.region} t={t} lang={lang} />}
      <h2 class="h3">{tr(t, 'sign.compare')}</h2>
      <label for="passphrase" class="small">{tr(t, 'sign.passphrase')}</label>
      <input id="passphrase" type="password" autocomplete="off" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
      <CompareBox inputs={huntInputs} t={t} msgs={msgs} />
    </div>
  );
}
