import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const codeList = z.array(z.string().regex(/^\d+(_\d+)?$/));

/** Hand-written notes shown on a code page: content/notes/<locale>/<code>.mdx */
const notes = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/notes' }),
  schema: z.object({
    code: z.string().regex(/^\d+(_\d+)?$/),
    lastVerified: z.coerce.date(),
  }),
});

/** Deep guides: content/guides/<locale>/<slug>.mdx, same slug in every locale. */
const guides = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/guides' }),
  schema: z.object({
    title: z.string().min(5),
    description: z.string().min(20).max(200),
    codes: codeList.min(1),
    causes: z.array(z.string()).default([]),
    order: z.number().int(),
    lastVerified: z.coerce.date(),
  }),
});

/** Standalone prose pages: content/pages/<locale>/<slug>.mdx (privacy, about). */
const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/pages' }),
  schema: z.object({ title: z.string(), description: z.string().min(20).max(200), lastVerified: z.coerce.date() }),
});

export const collections = { notes, guides, pages };
