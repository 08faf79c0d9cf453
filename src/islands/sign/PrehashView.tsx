import type { Segment } from '../../lib/sign/types.ts';
import { elide } from '../../lib/text.ts';
import { tr, type Strings } from '../shared/t.ts';

/** The prehash as labelled, colour-coded segments; invisible characters are made visible. */
const visible = (s: string) => s.replace(/ /g, '·').replace(/\n/g, '↵\n').replace(/\r/g, '␍').replace(/\t/g, '⇥').replace(/[\u200b-\u200d\ufeff]/g, '⍽').replace(/\u00a0/g, '⍽');

export default function PrehashView({ segments, t }: { segments: Segment[]; t: Strings }) {
  return (
    <div class="prehash" data-testid="prehash">
      {segments.map((s) => {
        // A 1 MB body is signed in full but shown as its start and end.
        const e = elide(s.text);
        return (
          <span key={s.start} class={`seg seg--${s.part}`} data-part={s.part}>
            <span class="seg__label">{tr(t, `sign.part.${s.part}`)}</span>
            <code class="seg__text">{visible(e.head)}{e.omitted > 0 && <span class="omitted">{tr(t, 'tools.omitted', { n: e.omitted.toLocaleString('en-US') })}</span>}{visible(e.tail)}</code>
          </span>
        );
      })}
    </div>
  );
}
