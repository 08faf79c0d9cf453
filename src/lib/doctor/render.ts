/** Plain-text rendering of a Diagnosis (CLI, copy-to-clipboard), in English or Chinese. */
import { meaningOf } from './meaning.ts';
import { EVIDENCE, FACTS, FINDINGS, KINDS, SOURCES, t, UI } from './messages.ts';
import type { CodeDiagnosis, Diagnosis, DoctorCatalog, Lang, RankedCause } from './types.ts';

function causeLines(c: RankedCause, i: number, cat: DoctorCatalog, lang: Lang): string[] {
  const title = cat.causeTitle(c.id)?.[lang] ?? c.id;
  const out = [`    ${i + 1}. ${title} [${c.id}, ${t(UI, 'score', lang)} ${c.score}]`];
  for (const e of c.evidence) out.push(`       ${e.effect === 'raise' ? '+' : '−'} ${t(EVIDENCE, e.id, lang, e.params)}`);
  for (const f of c.fixes) out.push(`       → ${cat.fixText(f)?.[lang] ?? f}`);
  return out;
}

function codeBlock(c: CodeDiagnosis, cat: DoctorCatalog, lang: Lang): string[] {
  const colon = lang === 'zh' ? '：' : ': ';
  const entry = cat.get(c.code);
  const meaning = entry ? meaningOf(entry, c.message, lang) : null;
  const where = lang === 'zh' ? `${t(SOURCES, c.source, lang)}，${t(UI, 'line', lang, { line: c.line })}` : `${t(SOURCES, c.source, lang)}, ${t(UI, 'line', lang)} ${c.line}`;
  const api = `${c.api}${c.known ? '' : (lang === 'zh' ? '，' : ', ') + t(UI, 'unknownCode', lang)}`;
  const head = lang === 'zh' ? `${c.code}（${api}）· ${where}` : `${c.code} (${api}) · ${where}`;
  const out = [head];
  if (meaning) out.push(`  ${t(UI, 'catalogMessage', lang)}${colon}${meaning}`);
  if (c.message) out.push(`  ${t(UI, 'message', lang)}${colon}${c.message}`);
  const sep = lang === 'zh' ? '、' : ', ';
  if (c.equivalents.length) out.push(`  ${t(UI, 'equivalents', lang)}${colon}${c.equivalents.join(sep)}`);
  if (c.alsoMatches.length) out.push(`  ${t(UI, 'alsoMatches', lang)}${colon}${c.alsoMatches.join(sep)}`);
  out.push(`  ${t(UI, 'causes', lang)}${colon.trim()}`);
  if (c.causes.length === 0) out.push(`    ${t(UI, c.known ? 'noCauses' : 'noCausesUnknown', lang)}`);
  c.causes.forEach((cause, i) => out.push(...causeLines(cause, i, cat, lang)));
  if (c.links.codePage) out.push(`  ${t(UI, 'codePage', lang)}${colon}${c.links.codePage}`);
  if (c.links.tool) out.push(`  ${t(UI, 'tool', lang)}${colon}${c.links.tool}`);
  return out;
}

export function renderText(d: Diagnosis, cat: DoctorCatalog, lang: Lang = 'en'): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [`${t(UI, 'title', lang)}${colon}${d.kind === 'codes' ? t(UI, 'codesFound', lang, { count: d.codes.length }) : t(KINDS, d.kind, lang)}`, ''];
  for (const c of d.codes) out.push(...codeBlock(c, cat, lang), '');
  if (d.codes.length === 0 && d.causes.length > 0) {
    out.push(`${t(UI, 'causes', lang)}${colon.trim()}`);
    d.causes.forEach((cause, i) => out.push(...causeLines(cause, i, cat, lang)));
    out.push('');
  }
  const findings = d.findings.filter((f) => f.id !== 'multiple-codes');
  if (findings.length) {
    out.push(`${t(UI, 'noticed', lang)}${colon.trim()}`);
    for (const f of findings) out.push(`  ! ${t(FINDINGS, f.id, lang, f.params)}`);
    out.push('');
  }
  if (d.facts.length) {
    out.push(`${t(UI, 'facts', lang)}${colon.trim()}`);
    out.push('  ' + d.facts.map((f) => t(FACTS, f.id, lang, f.params)).join(lang === 'zh' ? '；' : ' · '));
    out.push('');
  }
  return out.join('\n');
}
