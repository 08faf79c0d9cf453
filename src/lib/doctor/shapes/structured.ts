/**
 * Codes from key/value fields: v5 envelopes, batch items (sCode), websocket events, legacy v3
 * bodies (error_code + code) and v1 bodies (result:false + error_code).
 */
import type { DoctorCatalog } from '../types.ts';
import { scanFields, unescapeValue, type Field } from './fields.ts';
import { classifyCode, type Hit, type LegacyContext } from './hit.ts';

export interface StructuredScan {
  hits: Hit[];
  envelopes: Hit[];
  /** sCode "0" items (ignored). */
  okItems: number;
  loginAck: boolean;
  code0: boolean;
  httpStatuses: { status: number; pos: number }[];
  events: string[];
  /** Positions of msg fields with no code next to them (for message-only matching). */
  orphanMessages: { text: string; pos: number }[];
  hasItems: boolean;
  v1Result: boolean;
}

const MSG_FOR: Record<string, Field['key']> = { scode: 'smsg', code: 'msg', v3code: 'msg' };
const MAX_PAIR = 800;
const TRAILING_MSG = /^["']?\)?[ \t]*[:\]][ \t]*([A-Za-z][^\n{}]{2,200})/;

function isCodeKey(k: Field['key']): boolean {
  return k === 'code' || k === 'scode' || k === 'v3code';
}

function family(k: Field['key']): string {
  return k === 'scode' || k === 'smsg' ? 'item' : 'top';
}

/** Nearest field of `want` key around index i, not crossing a code field of the same family with another value. */
function nearest(fields: Field[], i: number, want: Field['key']): Field | null {
  const me = fields[i]!;
  let best: Field | null = null;
  let bestD = MAX_PAIR + 1;
  for (const dir of [-1, 1]) {
    for (let j = i + dir; j >= 0 && j < fields.length; j += dir) {
      const f = fields[j]!;
      const d = Math.abs(f.pos - me.pos);
      if (d > MAX_PAIR) break;
      if (f.key === want) {
        if (d < bestD) {
          best = f;
          bestD = d;
        }
        break;
      }
      if (isCodeKey(f.key) && family(f.key) === family(me.key) && f.value !== me.value) break;
      if (f.key === 'event' && want === 'event') break;
    }
  }
  return best;
}

function cleanMessage(v: string): string {
  const s = unescapeValue(v).replace(/\s+/g, ' ').trim();
  return s.length > 300 ? s.slice(0, 300) + '…' : s;
}

export function scanStructured(text: string, cat: DoctorCatalog, legacy: Omit<LegacyContext, 'v1Result'> = { v1: false, ws: false }): StructuredScan {
  const fields = scanFields(text);
  const out: StructuredScan = {
    hits: [],
    envelopes: [],
    okItems: 0,
    loginAck: false,
    code0: false,
    httpStatuses: [],
    events: [],
    orphanMessages: [],
    hasItems: fields.some((f) => f.key === 'scode'),
    v1Result: fields.some((f) => f.key === 'result' && f.value.toLowerCase() === 'false'),
  };
  const pairedMsgs = new Set<Field>();
  const ctx: LegacyContext = { ...legacy, v1: legacy.v1 || out.v1Result, v1Result: out.v1Result };

  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.key === 'event') {
      const ev = f.value.toLowerCase();
      if (ev && !out.events.includes(ev)) out.events.push(ev);
      continue;
    }
    if (!isCodeKey(f.key)) continue;
    const c = classifyCode(f.value, f.key === 'scode' ? 'scode' : f.key === 'v3code' ? 'v3code' : 'code', cat, ctx);
    if (!c) continue;
    const msgField = nearest(fields, i, MSG_FOR[f.key]!);
    if (msgField) pairedMsgs.add(msgField);
    // `Error(code=50113): Invalid Sign`: the message follows the code on the same line.
    const trailing = msgField ? null : TRAILING_MSG.exec(text.slice(f.end, f.end + 240));
    const message = msgField ? cleanMessage(msgField.value) : trailing ? cleanMessage(trailing[1]!) : null;
    const event = nearest(fields, i, 'event');
    const ev = event && Math.abs(event.pos - f.pos) < 300 ? event.value.toLowerCase() : null;

    if (c.kind === 'success') {
      if (f.key === 'scode') out.okItems++;
      else if (ev === 'login') out.loginAck = true;
      else out.code0 = true;
      continue;
    }
    if (c.kind === 'http') {
      out.httpStatuses.push({ status: c.status, pos: f.pos });
      continue;
    }
    if (c.kind === 'envelope') {
      if (f.key === 'scode') continue;
      // A bare `code: 1` is only an OKX envelope with a message next to it or items in the paste.
      if (!message && !out.hasItems) continue;
      out.envelopes.push({ code: c.code, api: 'v5', known: true, source: 'envelope', tier: 4, pos: f.pos, message, alsoMatches: [] });
      continue;
    }
    // Unknown v5-range codes count in an OKX-shaped body: a msg field beside them, even an empty one.
    if (!c.known && c.api === 'v5' && !msgField && !message) continue;
    if (c.api === 'v1' && !out.v1Result && !message) continue;
    out.hits.push({
      code: c.code,
      api: c.api,
      known: c.known,
      source: f.key === 'scode' ? 'item' : ev === 'error' || ev === 'notice' || ev === 'login' ? 'ws-event' : 'field',
      tier: f.key === 'scode' ? 0 : 1,
      pos: f.pos,
      message,
      alsoMatches: [],
    });
  }
  for (const f of fields) {
    if ((f.key === 'msg' || f.key === 'smsg') && !pairedMsgs.has(f) && f.value.trim()) {
      out.orphanMessages.push({ text: cleanMessage(f.value), pos: f.pos });
    }
  }
  return out;
}
