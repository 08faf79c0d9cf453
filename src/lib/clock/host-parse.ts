/**
 * Parser for what users paste back from the host commands (format: host-commands.ts).
 * Tolerates shell prompts, echoed commands, CRLF, ANSI colours, several runs, several sources
 * (src= tags), and a ts= line hard-wrapped by the terminal. Returns per-source estimates and
 * verdicts, and error ids for runs that failed.
 */
import { estimateOffset, isValidSample } from './estimate.ts';
import type { ClockEstimate, ClockSample } from './estimate.ts';
import { classifyFailureText, parseTimeBody } from './response.ts';
import type { ClockErrorId } from './response.ts';
import { verdictFor } from './verdict.ts';
import type { ClockVerdict } from './verdict.ts';

export interface ParsedSample extends ClockSample {
  /** src= tag, or null for untagged lines. */
  src: string | null;
  /** 1-based line of the run's t0 line in the pasted text. */
  line: number;
}

export interface HostParseIssue {
  error: ClockErrorId;
  src: string | null;
  /** 1-based line where the failed run starts. */
  line: number;
  /** OKX error code when error is 'okx-error' or 'rate-limited'. */
  okxCode?: string;
  /** The ts= text of the failed run (trimmed to 300 chars), for display. */
  text?: string;
}

export interface HostSourceResult {
  src: string | null;
  samples: ParsedSample[];
  estimate: ClockEstimate;
  verdict: ClockVerdict;
}

export interface SourceComparison {
  a: string | null;
  b: string | null;
  /** offset(b) − offset(a), ms. */
  differenceMs: number;
  /** Sum of both uncertainties. */
  uncertaintyMs: number;
  /** |difference| ≤ uncertainty: consistent with one shared clock. */
  sameClock: boolean;
}

export interface HostParseResult {
  /** At least one source has a valid sample. */
  ok: boolean;
  /** One entry per src tag with valid samples, in order of first appearance. */
  sources: HostSourceResult[];
  /** The source with the worst verdict (expired > near-edge > ok, then larger |offset|). */
  worst: HostSourceResult | null;
  /** Runs that could not be used. */
  issues: HostParseIssue[];
  /** Why nothing could be used; null when ok. */
  error: ClockErrorId | null;
  okxCode?: string;
  /** Every other source compared with the first one. */
  comparisons: SourceComparison[];
}

const MARKER_RE = /okx-clock\s+v1\s+/g;
const SEGMENT_RE = /^(?:src=([A-Za-z0-9._-]{1,32})\s+)?(t0s|t1s|t0|t1|ts)=(.*)$/s;
/** An echoed command (printf '…ts=%s', PowerShell "…ts=$ts"), not output. */
const TEMPLATE_RE = /^(?:%[sd]|\$)/;

interface Event {
  key: 't0' | 't0s' | 't1' | 't1s' | 'ts';
  src: string | null;
  value: string;
  line: number;
}

interface Pending {
  t0: number;
  line: number;
  ts?: string;
  tsLine?: number;
}

/** Lines of our own commands echoed by the terminal: not evidence of a failure. */
const ECHO_RE = /okx-clock|\bokx(?:ms|m|g|k)\b|urlopen\(|ImportError|except Exception|^\s*(?:>\s*)?(?:try:|t[01]=|b=|u=|import |print\()/;

/** ANSI colour / cursor sequences (ESC [ … letter). */
const ANSI_RE = new RegExp(String.fromCharCode(27) + '\\[[0-9;?]*[A-Za-z]', 'g');

function clean(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ANSI_RE, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n');
}

function eventsOf(line: string, lineNo: number): Event[] {
  const starts: { at: number; end: number }[] = [];
  for (const m of line.matchAll(MARKER_RE)) starts.push({ at: m.index, end: m.index + m[0].length });
  const out: Event[] = [];
  starts.forEach((s, i) => {
    const seg = line.slice(s.end, i + 1 < starts.length ? starts[i + 1]!.at : line.length);
    const m = SEGMENT_RE.exec(seg);
    if (!m) return;
    const key = m[2] as Event['key'];
    const value = m[3]!.trim();
    if (key === 'ts') {
      if (TEMPLATE_RE.test(value)) return;
    } else if (!/^\d{1,16}$/.test(value)) {
      return;
    }
    out.push({ key, src: m[1] ?? null, value, line: lineNo });
  });
  return out;
}

const SEVERITY: Record<ClockVerdict['verdict'], number> = { ok: 0, 'near-edge': 1, expired: 2 };

/** Parse pasted host-command output into samples, estimates and verdicts. */
export function parseHostOutput(text: string): HostParseResult {
  const lines = clean(text);
  const pending = new Map<string | null, Pending>();
  const samples: ParsedSample[] = [];
  const issues: HostParseIssue[] = [];
  const seen = new Set<string>();
  const noise: string[] = [];

  const issue = (error: ClockErrorId, src: string | null, line: number, extra: Partial<HostParseIssue> = {}) =>
    issues.push({ error, src, line, ...extra });

  const finish = (p: Pending, src: string | null, t1: number, t1Line: number, seconds: boolean) => {
    let body = parseTimeBody(p.ts!);
    if (!body.ok && p.tsLine !== undefined && t1Line - p.tsLine > 1) {
      // The terminal may have hard-wrapped a long ts= line: glue the lines in between and retry.
      const glued = p.ts! + lines.slice(p.tsLine, t1Line - 1).map((l) => l.trim()).join('');
      const retry = parseTimeBody(glued);
      if (retry.ok || retry.error !== 'unrecognized-response') body = retry;
    }
    if (!body.ok) {
      issue(body.error, src, p.line, { okxCode: body.okxCode, text: p.ts!.slice(0, 300) });
      return;
    }
    const s: ParsedSample = { t0: p.t0, ts: body.ts, t1, src, line: p.line };
    if (seconds) s.resolutionMs = 1000;
    if (!isValidSample(s)) {
      issue('implausible-time', src, p.line);
      return;
    }
    const key = `${src}|${s.t0}|${s.ts}|${s.t1}`;
    if (seen.has(key)) return; // the same run pasted twice
    seen.add(key);
    samples.push(s);
  };

  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const events = eventsOf(raw, lineNo);
    if (events.length === 0) {
      if (raw.trim() && !ECHO_RE.test(raw)) noise.push(raw);
      return;
    }
    for (const e of events) {
      const p = pending.get(e.src);
      if (e.key === 't0' || e.key === 't0s') {
        if (p) issue('incomplete-sample', e.src, p.line);
        pending.set(e.src, { t0: Number(e.value) * (e.key === 't0s' ? 1000 : 1), line: e.line });
      } else if (e.key === 'ts') {
        if (p && p.ts === undefined) {
          p.ts = e.value;
          p.tsLine = e.line;
        }
      } else {
        if (!p) continue;
        pending.delete(e.src);
        if (p.ts === undefined) {
          issue('incomplete-sample', e.src, p.line);
          continue;
        }
        const seconds = e.key === 't1s';
        finish(p, e.src, Number(e.value) * (seconds ? 1000 : 1), e.line, seconds);
      }
    }
  });
  for (const [src, p] of pending) issue('incomplete-sample', src, p.line);

  const order: (string | null)[] = [];
  for (const s of samples) if (!order.includes(s.src)) order.push(s.src);
  const sources: HostSourceResult[] = order.map((src) => {
    const mine = samples.filter((s) => s.src === src);
    const estimate = estimateOffset(mine)!;
    return { src, samples: mine, estimate, verdict: verdictFor(estimate) };
  });

  let worst: HostSourceResult | null = null;
  for (const s of sources) {
    if (
      !worst ||
      SEVERITY[s.verdict.verdict] > SEVERITY[worst.verdict.verdict] ||
      (SEVERITY[s.verdict.verdict] === SEVERITY[worst.verdict.verdict] && Math.abs(s.estimate.offsetMs) > Math.abs(worst.estimate.offsetMs))
    ) {
      worst = s;
    }
  }

  const comparisons: SourceComparison[] = sources.slice(1).map((s) => {
    const a = sources[0]!;
    const differenceMs = s.estimate.offsetMs - a.estimate.offsetMs;
    const uncertaintyMs = s.estimate.uncertaintyMs + a.estimate.uncertaintyMs;
    return { a: a.src, b: s.src, differenceMs, uncertaintyMs, sameClock: Math.abs(differenceMs) <= uncertaintyMs };
  });

  let error: ClockErrorId | null = null;
  let okxCode: string | undefined;
  if (sources.length === 0) {
    const specific = issues.find((i) => i.error !== 'incomplete-sample') ?? issues[0];
    if (specific) {
      error = specific.error;
      okxCode = specific.okxCode;
    } else {
      error = classifyFailureText(noise.join('\n')) ?? 'no-samples';
      if (/"code"\s*:\s*"?50011\b/.test(noise.join('\n'))) okxCode = '50011';
    }
  }
  return { ok: sources.length > 0, sources, worst, issues, error, ...(okxCode ? { okxCode } : {}), comparisons };
}
