// The Error Doctor on real public pastes (tests/fixtures/doctor/real-pastes.jsonl): each paste copied from
// a public thread (its `source` URL), with the code and the cause the thread established. A third of them
// (`split: heldout`, fixed-seed shuffle stratified by language, set aside before any rule was changed) is
// never used to tune the doctor. Prints code accuracy and top-1/top-3 cause accuracy per split.
//   node scripts/doctor-real.ts [--misses dev]
import { readFileSync } from 'node:fs';
import { diagnose, fromCatalog } from '../src/lib/doctor/index.ts';
import { loadCatalog } from '../src/cli/catalog-fs.ts';
import type { Diagnosis } from '../src/lib/doctor/types.ts';

export interface RealPaste {
  id: string;
  source: string;
  lang: string;
  shape: string;
  raw: string;
  code: string | null;
  cause: string;
  split: 'dev' | 'heldout';
}

export const REAL_PASTES = new URL('../tests/fixtures/doctor/real-pastes.jsonl', import.meta.url);

export function loadRealPastes(): RealPaste[] {
  return readFileSync(REAL_PASTES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RealPaste);
}

/** The causes a diagnosis offers, in order; an empty list is read as the kind it stands for. */
export function predictedCauses(d: Diagnosis): string[] {
  const ids = d.causes.map((c) => c.id);
  if (ids.length) return ids;
  // Another exchange's answer, named (other-exchange) or told by its negative code (negative-code).
  if (d.kind === 'nothing-found' && d.findings.some((f) => f.id === 'other-exchange' || f.id === 'negative-code')) return ['other-exchange'];
  if (d.kind === 'success') return ['success'];
  return [];
}

export interface SplitScore { n: number; codeOk: number; causeN: number; top1: number; top3: number; misses: string[] }

export function score(pastes: RealPaste[], run: (raw: string) => Diagnosis): Record<'dev' | 'heldout', SplitScore> {
  const out = { dev: { n: 0, codeOk: 0, causeN: 0, top1: 0, top3: 0, misses: [] as string[] }, heldout: { n: 0, codeOk: 0, causeN: 0, top1: 0, top3: 0, misses: [] as string[] } };
  for (const p of pastes) {
    const s = out[p.split];
    const d = run(p.raw);
    // A legacy code's catalog key (v1ws-20116, v3-1) names the number OKX sent.
    const got = d.codes[0]?.code.replace(/^(?:v1ws|v1|v3)-/, '') ?? null;
    s.n++;
    if (got === p.code) s.codeOk++;
    else s.misses.push(`${p.id}: code ${p.code} ← ${got}`);
    if (p.cause === 'unknown') continue;
    const pc = predictedCauses(d);
    s.causeN++;
    if (pc[0] === p.cause) s.top1++;
    else s.misses.push(`${p.id}: cause ${p.cause} ← ${pc.slice(0, 3).join(',') || '(none)'}`);
    if (pc.slice(0, 3).includes(p.cause)) s.top3++;
  }
  return out;
}

const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : '–'} %`;
export function scoreLines(r: Record<'dev' | 'heldout', SplitScore>): string[] {
  return (['dev', 'heldout'] as const).map((k) => `${k.padEnd(7)}: code ${pct(r[k].codeOk, r[k].n)}; top-1 cause ${pct(r[k].top1, r[k].causeN)}; top-3 cause ${pct(r[k].top3, r[k].causeN)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cat = fromCatalog(loadCatalog());
  const r = score(loadRealPastes(), (raw) => diagnose(raw, cat));
  for (const l of scoreLines(r)) console.log(l);
  const i = process.argv.indexOf('--misses');
  // Only the dev split's misses are for reading; the held-out ones stay unseen.
  if (i > 0 && process.argv[i + 1] === 'dev') for (const m of r.dev.misses) console.log(`  ${m}`);
}
