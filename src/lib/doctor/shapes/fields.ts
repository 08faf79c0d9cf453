/**
 * Key/value fields in any object notation: JSON, escaped JSON inside a string, Python dict reprs
 * (single quotes), JS object literals (bare keys), `key=value` (Go/Java/Python reprs). One regex
 * pass finds the keys; values are read by hand, so the scan is linear and tolerates unbalanced braces.
 */

import { readQuoted } from '../quoted.ts';

export type FieldKey = 'code' | 'scode' | 'msg' | 'smsg' | 'event' | 'result' | 'v3code';

export interface Field {
  key: FieldKey;
  /** The key as written, e.g. error_code. */
  name: string;
  value: string;
  quoted: boolean;
  /** Position of the key. */
  pos: number;
  end: number;
}

const FIELD_RE = /(?<![A-Za-z0-9_])(scode|smsg|code|msg|error_code|error_message|errorcode|errormessage|errcode|errmsg|err_code|err_msg|event|result|message|detailmsg)(?:\\{0,3}["'])?[ \t]*[:=][ \t]*/gi;

const KEYS: Record<string, FieldKey> = {
  scode: 'scode',
  smsg: 'smsg',
  code: 'code',
  errorcode: 'code',
  errcode: 'code',
  err_code: 'code',
  error_code: 'v3code',
  msg: 'msg',
  errmsg: 'msg',
  err_msg: 'msg',
  error_message: 'msg',
  errormessage: 'msg',
  message: 'msg',
  detailmsg: 'msg',
  event: 'event',
  result: 'result',
};

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where a bare message ends: a line break, `,`, `}`, `]` or `{`. */
function endsBare(c: number): boolean {
  return c === 10 || c === 13 || c === 44 || c === 125 || c === 93 || c === 123;
}

/** A character of a bare code value: letters, digits, `_ . + -`. */
function isBareCode(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45;
}

export function scanFields(text: string): Field[] {
  const out: Field[] = [];
  FIELD_RE.lastIndex = 0;
  for (let m = FIELD_RE.exec(text); m; m = FIELD_RE.exec(text)) {
    const name = m[1]!;
    const lower = name.toLowerCase();
    const key = KEYS[lower]!;
    const i = FIELD_RE.lastIndex;
    const q = readQuoted(text, i, 2000);
    let value: string;
    let quoted = false;
    let end: number;
    if (q) {
      // An unterminated value (cut paste) still counts, up to where the line ends.
      value = text.slice(q.valueStart, q.valueEnd);
      quoted = true;
      end = q.next;
    } else if (q === null) {
      continue;
    } else if (key === 'msg' || key === 'smsg') {
      // Bare text only for short keys (Go/log style msg=Invalid Sign); `message:` needs quotes.
      if (lower === 'message' || lower === 'error_message' || !isLetter(text.charCodeAt(i))) continue;
      let j = i;
      const limit = Math.min(text.length, i + 300);
      while (j < limit && !endsBare(text.charCodeAt(j))) j++;
      value = text.slice(i, j).trim();
      end = j;
    } else {
      let j = i;
      const limit = Math.min(text.length, i + 40);
      while (j < limit && isBareCode(text.charCodeAt(j))) j++;
      value = text.slice(i, j);
      end = j;
    }
    out.push({ key, name, value, quoted, pos: m.index, end });
    // Skip over the value, unless it nests another error object (escaped JSON in a message).
    if (end > FIELD_RE.lastIndex && !/code/i.test(value)) FIELD_RE.lastIndex = Math.min(end, text.length);
  }
  return out;
}

/** Unescape a JSON-ish string value for display (\" \\ \n \uXXXX). */
export function unescapeValue(v: string): string {
  if (!v.includes('\\')) return v;
  return v.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === 'r') return '\r';
    return e;
  });
}
