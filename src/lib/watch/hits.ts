/**
 * One short diagnosis per OKX error in a log line: code, top cause, first fix step, code page.
 * The line goes through the doctor, which masks secrets before reading it; nothing of the line
 * itself is printed.
 */
import { diagnose } from '../doctor/index.ts';
import type { Diagnosis, DoctorCatalog, Lang } from '../doctor/types.ts';
import { codePageUrl } from '../site.ts';

export interface WatchHit {
  code: string;
  /** Top cause id from causes.tsv, or null when the doctor has none for this code. */
  cause: string | null;
  title: string | null;
  fix: string | null;
  url: string | null;
}

/** A line worth reading: it holds a number shaped like an OKX code (5 digits, or a 4xxx WebSocket close code). */
const MAYBE_CODE = /(?<!\d)(?:[1-6]\d{4}|4\d{3})(?!\d)/;

/** The hits of one diagnosis, in the doctor's order (most specific code first). */
export function hitsOf(d: Diagnosis, cat: DoctorCatalog, lang: Lang, site: string): WatchHit[] {
  if (d.kind !== 'codes') return [];
  return d.codes.map((c) => {
    const top = c.causes[0];
    return {
      code: c.code,
      cause: top?.id ?? null,
      title: top ? (cat.causeTitle(top.id)?.[lang] ?? top.id) : null,
      fix: top?.fixes[0] ? (cat.fixText(top.fixes[0])?.[lang] ?? null) : null,
      url: c.links.codePage ? codePageUrl(site, c.code, lang) : null,
    };
  });
}

export function lineHits(line: string, cat: DoctorCatalog, lang: Lang, site: string): WatchHit[] {
  if (!MAYBE_CODE.test(line)) return [];
  return hitsOf(diagnose(line, cat), cat, lang, site);
}

/** Dedupe key: the same code with the same top cause is one problem. */
export function hitKey(h: WatchHit): string {
  return `${h.code}\u0000${h.cause ?? ''}`;
}

/** One line: `50102 clock-skew: Host clock is off → Sync the clock… https://…/errors/50102/` */
export function formatHit(h: WatchHit, lang: Lang): string {
  const parts = [h.code];
  if (h.cause) parts.push(`${h.cause}${lang === 'zh' ? '：' : ': '}${h.title}`);
  else parts.push(lang === 'zh' ? '没有已知原因' : 'no known cause');
  if (h.fix) parts.push(`→ ${h.fix}`);
  if (h.url) parts.push(h.url);
  return parts.join(' ');
}
