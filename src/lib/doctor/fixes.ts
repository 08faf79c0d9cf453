/** The tool page per code (fix steps per cause are catalog data: content/catalog/fixes.tsv). */

const TOOLS: Record<string, 'sign' | 'clock' | 'keys'> = {
  '50113': 'sign',
  '60007': 'sign',
  '30013': 'sign',
  '50102': 'clock',
  '60006': 'clock',
  '30008': 'clock',
  '50112': 'clock',
  '60004': 'clock',
  '30005': 'clock',
  '50111': 'keys',
  '50105': 'keys',
  '50104': 'keys',
  '50103': 'keys',
  '60005': 'keys',
  '60024': 'keys',
  '30006': 'keys',
  '30015': 'keys',
};

export function toolFor(code: string): 'sign' | 'clock' | 'keys' | null {
  return TOOLS[code] ?? null;
}
