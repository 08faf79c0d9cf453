/** Strings handed to an island by its page (a slice of src/i18n), with {name} placeholders. */
export type Strings = Record<string, string>;

export function tr(t: Strings, key: string, vars: Record<string, string | number> = {}): string {
  const s = t[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
