/**
 * Legacy v3 codes that old OKEx-era articles got wrong, and the section of /corrections/ that
 * corrects them. Every other v3 code points at the general v3 section. (Anchors are link-checked.)
 */
const SECTION_BY_CODE: Record<string, string> = {
  '30008': 'timezone',
  '30001': 'passphrase-nan',
  '30006': 'key-assert',
  '30012': '30012-permission',
  '32008': 'depth5',
};

/** The /corrections/ anchor for a code page, or null when the page has nothing to correct. */
export function correctionFor(code: string, api: 'v5' | 'v3' | 'v1'): string | null {
  if (api !== 'v3') return null;
  return SECTION_BY_CODE[code] ?? 'v3-codes';
}
