/** OKX regional hosts and the public server-time endpoint (facts: okx-api-facts.md §3.2, §8). */

export const OKX_TIME_PATH = '/api/v5/public/time';

export type OkxRegion = 'www' | 'openapi' | 'eea' | 'us';

export interface OkxRegionInfo {
  id: OkxRegion;
  /** REST origin, no trailing slash. */
  origin: string;
  /** Website where the accounts that use this host are registered. */
  accountSite: 'www.okx.com' | 'my.okx.com' | 'app.okx.com';
}

export const OKX_REGIONS: readonly OkxRegionInfo[] = [
  { id: 'www', origin: 'https://www.okx.com', accountSite: 'www.okx.com' },
  { id: 'openapi', origin: 'https://openapi.okx.com', accountSite: 'www.okx.com' },
  { id: 'eea', origin: 'https://eea.okx.com', accountSite: 'my.okx.com' },
  { id: 'us', origin: 'https://us.okx.com', accountSite: 'app.okx.com' },
];

export function isOkxRegion(s: string): s is OkxRegion {
  return OKX_REGIONS.some((r) => r.id === s);
}

/** Time endpoint URL of a region, e.g. timeUrl('eea') → https://eea.okx.com/api/v5/public/time. */
export function timeUrl(region: OkxRegion = 'www'): string {
  return OKX_REGIONS.find((r) => r.id === region)!.origin + OKX_TIME_PATH;
}

/** The REST region for accounts registered on a website (my.okx.com → eea, app.okx.com → us). */
export function regionForAccountSite(site: string): OkxRegion {
  let s = site.trim().toLowerCase().replace(/^https?:\/\//, '');
  // The path goes: from the first '/' with no line end after it (what /\/.*$/ removed), in one pass.
  const slash = s.indexOf('/', Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'), s.lastIndexOf('\u2028'), s.lastIndexOf('\u2029')) + 1);
  if (slash >= 0) s = s.slice(0, slash);
  if (s === 'my.okx.com') return 'eea';
  if (s === 'app.okx.com') return 'us';
  return 'www';
}

const HOST_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i;

/**
 * Time URL for a region id ("eea"), a host ("www.okx.com", "127.0.0.1:8080") or an origin
 * ("https://us.okx.com"). Hosts without a scheme get https. Null when it is none of these.
 */
export function timeUrlForHost(hostOrRegion: string): string | null {
  const s = hostOrRegion.trim();
  if (isOkxRegion(s)) return timeUrl(s);
  const m = /^(https?):\/\/([^/?#]+)\/?$/i.exec(s);
  const scheme = m ? m[1]!.toLowerCase() : 'https';
  const host = m ? m[2]! : s;
  if (!HOST_RE.test(host)) return null;
  return `${scheme}://${host.toLowerCase()}${OKX_TIME_PATH}`;
}

const SAFE_URL_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~/%-]*)?(?:\?[A-Za-z0-9._~=&%-]*)?$/;

/**
 * True when the URL is http(s) and made only of characters that are inert inside single and
 * double quotes of sh, bash, zsh, PowerShell and Python literals (no quotes, $, `, \, spaces).
 * The host-command builders refuse anything else, so a URL can never inject shell code.
 */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL_RE.test(url);
}
