import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { toCompact } from '../../lib/doctor/catalog-adapter.ts';

/** The compact catalog the Error Doctor loads on first use (generated from content/catalog at build). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toCompact(catalog)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
