import { useState } from 'preact/hooks';
import type { Snippet } from '../../lib/sign/snippets.ts';
import type { SnippetInputs } from '../../lib/sign/snippets.ts';
import CopyButton from '../shared/CopyButton.tsx';
import Elided from '../shared/Elided.tsx';
import { tr, type Strings } from '../shared/t.ts';

const HOSTS = { www: 'www.okx.com', eea: 'eea.okx.com', us: 'us.okx.com' } as const;
// EEA and US WebSocket hosts are confirmed only by SDKs (ccxt, okx-api), not by OKX's docs.
const WS_HOSTS = { www: ['ws.okx.com', 'wspap.okx.com'], eea: ['wseea.okx.com', 'wseeapap.okx.com'], us: ['wsus.okx.com', 'wsuspap.okx.com'] } as const;
export type Region = keyof typeof HOSTS;

/** Headers (or the WS login message) to copy, and correct signing code loaded on demand. */
export default function RequestOutput({ kind, signature, inputs, demo, region, t, lang }: {
  kind: 'rest' | 'ws'; signature: string; inputs: SnippetInputs; demo: boolean; region: Region; t: Strings; lang: 'en' | 'zh';
}) {
  const [snips, setSnips] = useState<Snippet[] | null>(null);
  const [which, setWhich] = useState(0);
  const text =
    kind === 'ws'
      ? `wss://${WS_HOSTS[region][demo ? 1 : 0]}:8443/ws/v5/private\n` +
        JSON.stringify({ op: 'login', args: [{ apiKey: '<API key>', passphrase: '<Passphrase>', timestamp: inputs.timestamp, sign: signature }] })
      : [
          `${(inputs.method ?? 'GET').toUpperCase()} https://${HOSTS[region]}${inputs.requestPath ?? ''}`,
          'OK-ACCESS-KEY: <API key>',
          `OK-ACCESS-SIGN: ${signature}`,
          `OK-ACCESS-TIMESTAMP: ${inputs.timestamp}`,
          'OK-ACCESS-PASSPHRASE: <Passphrase>',
          ...(inputs.body ? ['Content-Type: application/json'] : []),
          ...(demo ? ['x-simulated-trading: 1'] : []),
          ...(inputs.body ? ['', inputs.body] : []),
        ].join('\n');
  const load = async (open: boolean) => {
    if (!open || snips) return;
    const { snippets } = await import('../../lib/sign/snippets.ts');
    setSnips(snippets(inputs, lang));
  };
  const current = snips?.[which];
  return (
    <>
      <h2 class="h3">{tr(t, kind === 'ws' ? 'sign.wsMessage' : 'sign.headers')} <CopyButton text={text} t={t} /></h2>
      <pre data-testid="request-output"><code><Elided text={text} max={4000} t={t} /></code></pre>
      {kind === 'ws' && region !== 'www' && <p class="small muted">{tr(t, 'sign.wsHostNote')}</p>}
      <details onToggle={(e) => load((e.target as HTMLDetailsElement).open)}>
        <summary>{tr(t, 'sign.snippets')}</summary>
        <p class="small muted">{tr(t, 'sign.snippetNote')}</p>
        {snips && (
          <>
            <label for="snippet-lang">{tr(t, 'sign.snippetLang')}</label>{' '}
            <select id="snippet-lang" value={which} onChange={(e) => setWhich(Number((e.target as HTMLSelectElement).value))}>
              {snips.map((s, i) => <option key={s.lang} value={i}>{s.label}</option>)}
            </select>
            {current && (
              <>
                <pre data-testid="snippet"><code><Elided text={current.code} max={4000} t={t} /></code></pre>
                <p class="small"><code>{current.run}</code> <CopyButton text={current.code} t={t} label={current.label} /></p>
              </>
            )}
          </>
        )}
      </details>
    </>
  );
}
