import type { APIRoute } from 'astro';
import { cliFile } from '../../data/cli.ts';

/** The single-file command line (built from src/cli and src/lib by scripts/build-cli.mjs). */
export const GET: APIRoute = () =>
  new Response(cliFile().bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
