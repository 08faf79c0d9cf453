import type { Segment } from '../../lib/sign/types.ts';
import Elided from '../shared/Elided.tsx';
import { tr, type Strings } from '../shared/t.ts';

/** The prehash as labelled, colour-coded segments; invisible characters are made visible. */
const visible = (s: string) => s.replace(/ /g, '·').replace(/\n/g, '↵\n').replace(/\r/g, '␍').replace(/\t/g, '⇥').replace(/[\u200b-\u200d\ufeff]/g, '⍽').replace(/\u00a0/g, '⍽');

export default function PrehashView({ segments, t }: { segments: Segment[]; t: Strings }) {
  return (
    <div class="prehash" data-testid="prehash">
      {segments.map((s) => (
        <span key={s.start} class={`seg seg--${s.part}`} data-part={s.part}>
          <span class="seg__label">{tr(t, `sign.part.${s.part}`)}</span>
          <code class="seg__text"><Elided text={s.text} t={t} show={visible} /></code>
        </span>
      ))}
    </div>
  );
}
