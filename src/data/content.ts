import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';

/** Split a glob-loader id "zh-cn/timestamp-expired" into locale and slug. */
export function splitId(id: string): { locale: Locale; slug: string } {
  const [loc = '', ...rest] = id.split('/');
  if (loc !== 'zh-cn' && loc !== 'en') throw new Error(`content entry ${id} is not under zh-cn/ or en/`);
  return { locale: loc, slug: rest.join('/') };
}

export async function guidesFor(locale: Locale): Promise<(CollectionEntry<'guides'> & { slug: string })[]> {
  const all = await getCollection('guides');
  return all
    .map((g) => ({ ...g, slug: splitId(g.id).slug, locale: splitId(g.id).locale }))
    .filter((g) => g.locale === locale)
    .sort((a, b) => a.data.order - b.data.order);
}

export async function noteFor(locale: Locale, code: string): Promise<CollectionEntry<'notes'> | undefined> {
  const all = await getCollection('notes');
  return all.find((n) => n.id === `${locale}/${code}`);
}
