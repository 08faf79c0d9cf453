/** Tool pages and the codes each helps with. Paths are locale-free. */
export interface ToolLink {
  id: string;
  path: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
  codes: string[];
}

export const TOOLS: ToolLink[] = [];

export function toolsForCode(code: string): ToolLink[] {
  const base = code.split('_')[0] ?? code;
  return TOOLS.filter((t) => t.codes.includes(code) || t.codes.includes(base));
}
