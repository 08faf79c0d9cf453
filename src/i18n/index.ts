import { en, type UiKey } from './en.ts';
import { zhCn } from './zh-cn.ts';

export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** BCP 47 tag for <html lang> and hreflang. */
export const LANG_TAG: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

const DICTS: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const s = DICTS[locale][key];
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Prefix a site path ("/errors/50102/") for a locale: zh-CN is the root, English lives under /en. */
export function localePath(locale: Locale, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? p : `/${locale}${p}`;
}

/** Inverse of localePath: which locale a URL path belongs to and its locale-free form. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/(en)(\/.*|$)/.exec(pathname);
  if (m) return { locale: 'en', path: m[2] || '/' };
  return { locale: DEFAULT_LOCALE, path: pathname || '/' };
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-cn' : 'en';
}

/** Route param for [...lang] routes: undefined for the root locale. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : DEFAULT_LOCALE;
}

export type { UiKey };

/** The strings of one locale whose keys start with one of the prefixes: what an island needs, passed as a prop. */
export function pick(locale: Locale, ...prefixes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(DICTS[locale])) if (prefixes.some((p) => k.startsWith(p))) out[k] = v;
  return out;
}

/** getStaticPaths() of a page that exists once per locale: zh-CN at the root, English under /en. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
