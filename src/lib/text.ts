/** Chinese typography shared by the libraries' message formatters: a space between CJK and Latin letters or digits. */
export function spaceCjk(s: string): string {
  return s.replace(/([\u3400-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9])([\u3400-\u9fff])/g, '$1 $2');
}

/** One language out of a table of { en, zh } texts: what a page hands to the browser. */
export function pickLang(table: Record<string, { en: string; zh: string }>, lang: 'en' | 'zh'): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]]));
}
