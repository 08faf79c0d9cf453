import { z } from 'zod';
import { parseTsv } from '../catalog/tsv.ts';

/**
 * The Chinese glossary (content/glossary.zh.tsv): one row per concept with OKX's own Chinese term,
 * the forms we never write, and the longer forms that contain a forbidden one but are fine
 * (待签名字符串 contains 签名字符串). Scope `all`: forbidden everywhere in our prose; scope `okx`:
 * forbidden in a catalog row whose OKX Chinese text uses the term (OKX writes 充币 in some codes and
 * 充值 in others; we follow it code by code). The checks in src/lib/zh/check.ts read this table.
 */
export const GLOSSARY_HEADER = ['concept', 'term', 'forbidden', 'allowed', 'scope', 'note', 'source'] as const;

const list = z.string().transform((s) => (s === '' ? [] : s.split('|')));

export const glossaryRowSchema = z
  .object({
    concept: z.string().trim().min(1),
    term: z.string().trim().min(1),
    forbidden: list,
    allowed: list,
    scope: z.enum(['all', 'okx']),
    note: z.string(),
    source: z.string().trim().min(1, 'every term names its source'),
  })
  .refine((r) => r.forbidden.every((f) => f.trim() === f && f !== '' && !r.term.split(' / ').includes(f)), {
    message: 'forbidden forms are trimmed, non-empty and differ from the term',
    path: ['forbidden'],
  })
  .refine((r) => r.allowed.every((a) => r.forbidden.some((f) => a.includes(f))), {
    message: 'each allowed form contains one of the forbidden forms',
    path: ['allowed'],
  });
export type GlossaryEntry = z.infer<typeof glossaryRowSchema>;

/** Parse and validate the glossary TSV; throws with the line number on a bad row. */
export function parseGlossary(text: string): GlossaryEntry[] {
  return parseTsv(text, 'glossary.zh.tsv', GLOSSARY_HEADER).map(({ line, fields }) => {
    const r = glossaryRowSchema.safeParse(fields);
    if (!r.success) throw new Error(`glossary.zh.tsv:${line}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return r.data;
  });
}

/** The `title:` of an MDX file's front matter (quotes removed), or undefined without one. */
export function frontMatterTitle(mdx: string): string | undefined {
  if (!mdx.startsWith('---')) return undefined;
  const end = mdx.indexOf('\n---', 3);
  for (const line of mdx.slice(0, end < 0 ? 0 : end).split('\n')) {
    if (!line.startsWith('title:')) continue;
    const v = line.slice(6).trim();
    return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]) ? v.slice(1, -1) : v;
  }
  return undefined;
}
