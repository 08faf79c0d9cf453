import { useMemo, useState } from 'preact/hooks';
import { checkKeys } from '../../lib/sign/keys.ts';
import type { MessageTable } from '../../lib/sign/format.ts';
import { tr, type Strings } from '../shared/t.ts';
import FindingsList from '../sign/FindingsList.tsx';

/** Key check: warns about copy-paste damage and swapped fields. Values stay in component state only. */
export default function KeyCheck({ t, msgs, codeBase }: { t: Strings; msgs: MessageTable; codeBase: string }) {
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [reveal, setReveal] = useState(false);
  const any = apiKey !== '' || secret !== '' || passphrase !== '';
  const findings = useMemo(
    () => (any ? checkKeys({ apiKey: apiKey || undefined, secret: secret || undefined, passphrase: passphrase || undefined }) : []),
    [any, apiKey, secret, passphrase],
  );
  const field = (id: string, label: string, value: string, set: (v: string) => void, secretField: boolean) => (
    <>
      <label for={id}>{tr(t, label)}</label>
      <input id={id} type={secretField && !reveal ? 'password' : 'text'} autocomplete="off" spellcheck={false} value={value}
        onInput={(e) => set((e.target as HTMLInputElement).value)} />
    </>
  );
  return (
    <div class="tool">
      {field('api-key', 'keys.apiKey', apiKey, setApiKey, false)}
      {field('secret-key', 'keys.secret', secret, setSecret, true)}
      {field('passphrase-key', 'keys.passphrase', passphrase, setPassphrase, true)}
      <p class="tool-row">
        <button type="button" class="button secondary" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>{tr(t, reveal ? 'sign.hide' : 'sign.reveal')}</button>
        <button type="button" class="button secondary" onClick={() => { setApiKey(''); setSecret(''); setPassphrase(''); }}>{tr(t, 'tools.clear')}</button>
      </p>
      <div role="status" aria-live="polite">
        {!any && <p class="small muted">{tr(t, 'keys.empty')}</p>}
        {any && findings.length === 0 && <p class="verdict verdict--good" data-testid="keys-ok">{tr(t, 'keys.ok')}</p>}
        {findings.length > 0 && <FindingsList findings={findings} msgs={msgs} t={t} codeBase={codeBase} testId="key-findings" />}
      </div>
    </div>
  );
}
