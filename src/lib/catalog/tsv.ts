/**
 * Minimal TSV reader for the catalog files: one header line, tab-separated
 * fields, no quoting. Lines are numbered as in the file (header = line 1) so
 * validation errors can name the exact row.
 */
export interface TsvRow {
  line: number;
  fields: Record<string, string>;
}

export class TsvError extends Error {}

export function parseTsv(text: string, file: string, expectedHeader: readonly string[]): TsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const missing = expectedHeader.filter((h) => !header.includes(h));
  if (missing.length > 0) {
    throw new TsvError(`${file}: header is missing column(s) ${missing.join(', ')}`);
  }
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw === undefined || raw.trim() === '') continue;
    const parts = raw.split('\t');
    if (parts.length !== header.length) {
      throw new TsvError(
        `${file}:${i + 1}: expected ${header.length} tab-separated fields, found ${parts.length}`,
      );
    }
    const fields: Record<string, string> = {};
    header.forEach((h, j) => {
      fields[h] = parts[j] ?? '';
    });
    rows.push({ line: i + 1, fields });
  }
  return rows;
}
