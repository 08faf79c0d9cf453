import { useState } from 'preact/hooks';
import type { ScanFacts } from '../../lib/doctor/secrets.ts';
import type { DoctorCatalog, Lang } from '../../lib/doctor/types.ts';
import { tr, type Strings } from '../shared/t.ts';

type Note = { key: string; vars?: Record<string, string | number> } | null;

/**
 * "Copy as help request" and "Copy share link": both built by src/lib/doctor/share.ts from the
 * masked paste (never the text in the box as typed). The link's payload sits after `#`, which the
 * browser does not send. When the clipboard is refused, the text is shown to copy by hand.
 */
export default function ShareActions({ paste, carried, cat, lang, t, idPrefix }: { paste: string; carried?: ScanFacts; cat: DoctorCatalog; lang: Lang; t: Strings; idPrefix: string }) {
  const [note, setNote] = useState<Note>(null);
  const [manual, setManual] = useState<string | null>(null);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setNote({ key: done });
    } catch {
      setManual(text);
      setNote({ key: 'doctor.share.manual' });
    }
  };

  const markdown = async () => {
    const share = await import('../../lib/doctor/share.ts');
    const { payload, diagnosis } = share.prepareShare(paste, cat, carried);
    await copy(share.helpRequestMarkdown(diagnosis, payload.paste, cat, lang), 'doctor.share.copiedMarkdown');
  };

  const link = async () => {
    const share = await import('../../lib/doctor/share.ts');
    const out = await share.encodeShare(share.prepareShare(paste, cat, carried).payload);
    if (!out.ok) {
      setManual(null);
      setNote({ key: 'doctor.share.tooLong', vars: { kb: (out.bytes / 1024).toFixed(1), max: share.MAX_LINK_BYTES / 1024 } });
      return;
    }
    await copy(share.shareUrl(location.origin, lang, out.fragment), 'doctor.share.copiedLink');
  };

  const id = `${idPrefix}-share`;
  return (
    <section class="doctor-share" aria-labelledby={`${id}-h`} data-testid="doctor-share">
      <h3 class="h4" id={`${id}-h`}>{tr(t, 'doctor.share.heading')}</h3>
      <p class="small muted" id={`${id}-hint`}>{tr(t, 'doctor.share.hint')}</p>
      <p class="tool-row">
        <button type="button" class="button small" aria-describedby={`${id}-hint`} onClick={() => void markdown()}>{tr(t, 'doctor.share.markdown')}</button>
        <button type="button" class="button small secondary" aria-describedby={`${id}-hint`} onClick={() => void link()}>{tr(t, 'doctor.share.link')}</button>
      </p>
      <p role="status" aria-live="polite" class="small" data-testid="share-status">{note && tr(t, note.key, note.vars)}</p>
      {manual !== null && (
        <>
          <label for={`${id}-manual`} class="small">{tr(t, 'doctor.share.fallbackLabel')}</label>
          <textarea id={`${id}-manual`} data-testid="share-manual" rows={6} readOnly spellcheck={false} value={manual} onFocus={(e) => (e.target as HTMLTextAreaElement).select()} />
        </>
      )}
    </section>
  );
}
