import { findingText, type MessageTable } from '../../lib/sign/format.ts';
import type { Finding } from '../../lib/sign/types.ts';
import { tr, type Strings } from '../shared/t.ts';

const gapBefore = (note: string) => (note.startsWith('（') ? '' : ' ');

/** Findings as a list: severity in words (not colour only), the text, and the OKX code it causes. */
export default function FindingsList({ findings, msgs, t, codeBase, testId }: { findings: Finding[]; msgs: MessageTable; t: Strings; codeBase: string; testId: string }) {
  if (findings.length === 0) return <p class="small" data-testid={testId}>{tr(t, 'sign.noFindings')}</p>;
  return (
    <ul class="findings" data-testid={testId}>
      {findings.map((f, i) => {
        const note = f.code ? tr(t, f.probable ? 'sign.probably' : 'sign.causes', { code: f.code }) : '';
        return (
          <li key={`${f.id}-${f.part}-${i}`} class={`finding finding--${f.severity}`} data-finding={f.id}>
            <span class="finding__sev">{tr(t, `sign.severity.${f.severity}`)}</span>{' '}
            {findingText(msgs, f)}
            {/* a space before "(causes …)"; none before a full-width "（" */}
            {f.code && <>{gapBefore(note)}<a class="small" href={`${codeBase}${f.code}/`}>{note}</a></>}
          </li>
        );
      })}
    </ul>
  );
}
