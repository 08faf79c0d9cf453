/**
 * Runs every shape over a cleaned, secret-masked paste and groups what they found into code
 * findings, most specific first.
 */
import type { LineIndex } from './lines.ts';
import { scanMessages } from './shapes/message.ts';
import { scanProse } from './shapes/prose.ts';
import { scanStructured, type StructuredScan } from './shapes/structured.ts';
import { scanTransport, type TransportScan } from './shapes/transport.ts';
import type { Hit } from './shapes/hit.ts';
import type { DoctorCatalog } from './types.ts';

export interface CodeGroup {
  first: Hit;
  occurrences: number;
  message: string | null;
}

export interface Extraction {
  groups: CodeGroup[];
  structured: StructuredScan;
  transport: TransportScan;
  envelopeOnly: boolean;
  sources: Set<string>;
}

const WS_CONTEXT = /wss?:\/\/|\/ws\/v5|["']?event["']?[ \t]*[:=]|["']op["'][ \t]*:/;
const V3_CONTEXT = /\/api\/\w+\/v3\/|error_code/;

const BLOCKING = new Set(['clock-skew', 'timezone-as-utc', 'timestamp-format', 'prehash-mismatch', 'signature-encoding', 'credentials-mixed', 'credential-typo', 'wrong-region-host', 'demo-live-mismatch', 'ip-whitelist', 'key-permission', 'key-expired-or-deleted', 'missing-header', 'invalid-credentials', 'rate-limit', 'exchange-unavailable', 'ws-login-order', 'ws-wrong-url', 'legacy-api']);
const NOTICES = new Set(['64008']);

function weight(code: string, cat: DoctorCatalog): number {
  if (NOTICES.has(code)) return 2;
  return cat.get(code)?.causes.some((c) => BLOCKING.has(c)) ? 0 : 1;
}

export function extract(text: string, lines: LineIndex, cat: DoctorCatalog): Extraction {
  const structured = scanStructured(text, cat);
  // Prose hits repeating a structured code on the same line (`"code":"50113"`) add nothing.
  const structuredAt = new Set(structured.hits.map((h) => `${h.code}@${lines.lineOf(h.pos)}`));
  const prose = scanProse(text, cat).filter((h) => !structuredAt.has(`${h.code}@${lines.lineOf(h.pos)}`));
  const codeLines = new Set<number>();
  for (const h of [...structured.hits, ...structured.envelopes, ...prose]) codeLines.add(lines.lineOf(h.pos));
  const ctx = {
    ws: WS_CONTEXT.test(text),
    v3: structured.hits.some((h) => h.api === 'v3') || V3_CONTEXT.test(text),
  };
  const messages = scanMessages(text, lines, codeLines, structured.orphanMessages, cat, ctx);
  const transport = scanTransport(text);

  let hits: Hit[] = [...structured.hits, ...prose, ...messages];
  let envelopeOnly = false;
  if (hits.length === 0 && structured.envelopes.length > 0) {
    hits = structured.envelopes;
    envelopeOnly = !structured.hasItems;
  }
  hits.sort((a, b) => a.tier - b.tier || a.pos - b.pos);

  const byCode = new Map<string, CodeGroup>();
  for (const h of hits) {
    const g = byCode.get(h.code);
    if (!g) byCode.set(h.code, { first: h, occurrences: 1, message: h.message });
    else {
      g.occurrences++;
      g.message ??= h.message;
    }
  }
  const sources = new Set(hits.map((h) => h.source));
  // Most specific first (item codes, then response codes, prose, message-only). Within a tier, what
  // stops every request (clock, signature, key, IP, limits, outages) before what rejects one order,
  // and a notice (64008: reconnect soon) last; then order of appearance.
  const groups = [...byCode.values()].sort((a, b) => a.first.tier - b.first.tier || weight(a.first.code, cat) - weight(b.first.code, cat) || a.first.pos - b.first.pos);
  return { groups, structured, transport, envelopeOnly, sources };
}
