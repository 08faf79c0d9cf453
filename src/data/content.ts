import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';

/** Split a glob-loader id "zh-cn/timestamp-expired" into locale and slug. */
export function splitId(id: string): { locale: Locale; slug: string } {
  const [loc = '', ...rest] = id.split('/');
  if (loc !== 'zh-cn' && loc !== 'en') throw new Error(`content entry ${id} is not under zh-cn/ or en/`);
  return { locale: loc, slug: rest.join('/') };
}

type Guide = CollectionEntry<'guides'> & { slug: string };

// Every code page asks for these; compute them once per build, not once per page.
const guidesByLocale = new Map<Locale, Promise<Guide[]>>();
let notesById: Promise<Map<string, CollectionEntry<'notes'>>> | undefined;

/** The guides of one locale, in their `order`. */
export function guidesFor(locale: Locale): Promise<Guide[]> {
  let guides = guidesByLocale.get(locale);
  if (!guides) {
    guides = getCollection('guides').then((all) =>
      all
        .map((g) => ({ ...g, ...splitId(g.id) }))
        .filter((g) => g.locale === locale)
        .sort((a, b) => a.data.order - b.data.order),
    );
    guidesByLocale.set(locale, guides);
  }
  return guides;
}

export async function noteFor(locale: Locale, code: string): Promise<CollectionEntry<'notes'> | undefined> {
  notesById ??= getCollection('notes').then((all) => new Map(all.map((n) => [n.id, n])));
  return (await notesById).get(`${locale}/${code}`);
}
