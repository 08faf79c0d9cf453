import { stripEnd } from './text.ts';
/**
 * The site's canonical origin. astro.config.mjs reads SITE_URL with this default; the CLI and the
 * npm package print absolute code-page URLs on the same origin (the bundle fixes it at build).
 */
export const DEFAULT_SITE = 'https://okx-errors.example';

/** Absolute URL of a code page: zh-CN at the root, English under /en. */
export function codePageUrl(site: string, code: string, lang: 'en' | 'zh'): string {
  return `${stripEnd(site, '/')}${lang === 'en' ? '/en' : ''}/errors/${encodeURIComponent(code)}/`;
}
