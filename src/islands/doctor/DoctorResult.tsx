import type { CodeDiagnosis, Diagnosis, DoctorCatalog, RankedCause } from '../../lib/doctor/types.ts';
import { dt, type DoctorText } from '../../lib/doctor/text.ts';
import { meaningOf } from '../../lib/doctor/meaning.ts';
import { tr, type Strings } from '../shared/t.ts';
import Rich from '../shared/Rich.tsx';
import { DEFAULT_INPUTS, encodeHash } from '../../lib/sign/url-state.ts';

export interface DoctorLinks {
  /** '' for zh-CN, '/en' for English. */
  prefix: string;
  guides: Record<string, [slug: string, title: string]>;
}

/** Label–value separator in the text's language. */

const TOOLS = { sign: '/tools/signature/', clock: '/tools/clock/', keys: '/tools/keys/' } as const;

/** Pre-fill the signature checker with what the paste shows that is not secret: timestamp and path. */
/** A finding: `code` as code, and a closing OKX docs URL (request-parameter findings) as a link. */
function FindingText({ text }: { text: string }) {
  const m = /https:\/\/www\.okx\.com\/docs-v5\/(?:en|zh)\/#[\w-]{1,200}$/.exec(text);
  if (!m) return <Rich text={text} />;
  return <><Rich text={text.slice(0, m.index)} /><a href={m[0]} rel="noopener noreferrer">{m[0]}</a></>;
}

function signHash(d: Diagnosis): string {
  const fact = (id: string) => d.facts.find((f) => f.id === id)?.params;
  const ws = fact('ws-login-timestamp');
  const ts = ws ?? fact('request-timestamp');
  const path = fact('rest-path');
  return encodeHash({
    ...DEFAULT_INPUTS,
    kind: ws ? 'ws' : 'rest',
    ...(ts?.value !== undefined && { timestamp: String(ts.value) }),
    ...(path?.path !== undefined && !ws && { requestPath: String(path.path) }),
  });
}

function Cause({ c, rank, code, cat, text, t, links }: { c: RankedCause; rank: number; code: string | null; cat: DoctorCatalog; text: DoctorText; t: Strings; links: DoctorLinks }) {
  const title = cat.causeTitle(c.id)?.[text.lang] ?? c.id;
  return (
    <li data-cause={c.id}>
      <strong>{title}</strong> <code class="small">{c.id}</code>
      {code && <> · <a class="small" href={`${links.prefix}/errors/${code}/#cause-${c.id}`}>{tr(t, 'doctor.causeLink')}</a></>}
      {c.evidence.length > 0 && (
        <ul class="evidence">
          {c.evidence.map((e, i) => (
            <li key={i} class={`evidence--${e.effect}`}>
              <span class="evidence__sign">{tr(t, e.effect === 'raise' ? 'doctor.evidenceFor' : 'doctor.evidenceAgainst')}{tr(t, 'tools.colon')}</span><Rich text={dt(text, 'EVIDENCE', e.id, e.params)} />
            </li>
          ))}
        </ul>
      )}
      {c.fixes.length > 0 && (
        <ol class="fixes">{c.fixes.map((f) => <li key={f}><Rich text={cat.fixText(f)?.[text.lang] ?? f} /></li>)}</ol>
      )}
      <span class="visually-hidden">#{rank}</span>
    </li>
  );
}

function CodeBlock({ c, cat, text, t, links, hash }: { c: CodeDiagnosis; cat: DoctorCatalog; text: DoctorText; t: Strings; links: DoctorLinks; hash: string }) {
  const entry = cat.get(c.code);
  const meaning = entry ? meaningOf(entry, c.message, text.lang) : null;
  const guide = links.guides[c.code] ?? (c.parent ? links.guides[c.parent] : undefined);
  return (
    <section class="doctor-code" data-code={c.code}>
      <h3>
        {c.links.codePage ? <a href={`${links.prefix}${c.links.codePage}`}><code>{c.code}</code></a> : <code>{c.code}</code>}
        {meaning && <span> <Rich text={meaning} /></span>}
      </h3>
      <p class="small muted">
        {c.api} · {dt(text, 'SOURCES', c.source)}{!c.known && ` · ${dt(text, 'UI', 'unknownCode')}`}
        {c.equivalents.length > 0 && <> · {dt(text, 'UI', 'equivalents')}{tr(t, 'tools.colon')}{c.equivalents.map((e) => <a key={e} href={`${links.prefix}/errors/${e}/`}><code>{e}</code></a>)}</>}
      </p>
      {c.message && <p>{dt(text, 'UI', 'message')}{tr(t, 'tools.colon')}<q lang="en">{c.message}</q></p>}
      <h4>{dt(text, 'UI', 'causes')}</h4>
      {c.causes.length ? (
        <ol class="causes">{c.causes.map((cause, i) => <Cause key={cause.id} c={cause} rank={i + 1} code={c.links.codePage ? c.code : null} cat={cat} text={text} t={t} links={links} />)}</ol>
      ) : <p class="small">{dt(text, 'UI', c.known ? 'noCauses' : 'noCausesUnknown')}</p>}
      <p class="doctor-links">
        {c.links.codePage && <a class="button small" href={`${links.prefix}${c.links.codePage}`}>{tr(t, 'doctor.openPage', { code: c.code })}</a>}{' '}
        {guide && <a class="button small secondary" href={`${links.prefix}/guides/${guide[0]}/`}>{tr(t, 'doctor.guide')}{tr(t, 'tools.colon')}{guide[1]}</a>}{' '}
        {c.links.tool && <a class="button small secondary" data-testid="tool-link" href={`${links.prefix}${TOOLS[c.links.tool]}${c.links.tool === 'sign' ? hash : ''}`}>{tr(t, `doctor.tool.${c.links.tool}`)}</a>}
      </p>
    </section>
  );
}

/** A diagnosis: what kind of paste, secret warnings, each code with ranked causes, evidence and fixes. */
export default function DoctorResult({ d, cat, text, t, links }: { d: Diagnosis; cat: DoctorCatalog; text: DoctorText; t: Strings; links: DoctorLinks }) {
  const secret = d.findings.find((f) => f.id === 'secret-in-paste');
  const others = d.findings.filter((f) => f.id !== 'secret-in-paste' && f.id !== 'multiple-codes');
  return (
    <div class="doctor-result" data-testid="doctor-result" data-kind={d.kind} data-codes={d.codes.map((c) => c.code).join(' ')}>
      <h2 class="h3">{tr(t, 'doctor.result')}</h2>
      {secret && <p class="banner" role="alert" data-testid="secret-warning">{dt(text, 'FINDINGS', secret.id, secret.params)}</p>}
      <p><strong>{d.kind === 'codes' ? dt(text, 'UI', 'codesFound', { count: d.codes.length }) : dt(text, 'KINDS', d.kind)}</strong></p>
      {d.codes.map((c) => <CodeBlock key={`${c.code}-${c.line}`} c={c} cat={cat} text={text} t={t} links={links} hash={signHash(d)} />)}
      {d.codes.length === 0 && d.causes.length > 0 && (
        <ol class="causes">{d.causes.map((c, i) => <Cause key={c.id} c={c} rank={i + 1} code={null} cat={cat} text={text} t={t} links={links} />)}</ol>
      )}
      {others.length > 0 && (
        <><h4>{dt(text, 'UI', 'noticed')}</h4><ul>{others.map((f, i) => <li key={i}><FindingText text={dt(text, 'FINDINGS', f.id, f.params)} /></li>)}</ul></>
      )}
      {d.facts.length > 0 && <p class="small muted">{dt(text, 'UI', 'facts')}{tr(t, 'tools.colon')}{d.facts.map((f) => dt(text, 'FACTS', f.id, f.params)).join(text.lang === 'zh' ? '；' : ' · ')}</p>}
    </div>
  );
}
