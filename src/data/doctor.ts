import { guidesFor } from './content.ts';
import { doctorText } from '../lib/doctor/messages.ts';
import { localePath, pick, type Locale } from '../i18n/index.ts';

/** Everything the Doctor island needs from the page, computed at build time. */
export async function doctorProps(locale: Locale) {
  const guides: Record<string, [string, string]> = {};
  for (const g of await guidesFor(locale)) for (const c of g.data.codes) guides[c] ??= [g.slug, g.data.title];
  return {
    t: pick(locale, 'doctor.', 'tools.'),
    text: doctorText(locale === 'en' ? 'en' : 'zh'),
    links: { prefix: localePath(locale, '/').replace(/\/$/, ''), guides },
  };
}
