/**
 * Splits a shell command line into words the way a POSIX shell would, without
 * expanding anything. Also accepts the line continuations of cmd.exe (^) and
 * PowerShell (`). Never throws.
 */

export interface ShellWords {
  words: string[];
  /** True when a quote was still open at the end of the text. */
  unterminated: boolean;
}

const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '0': '\0' };

function ansiC(text: string, i: number): { value: string; next: number; closed: boolean } {
  let out = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") return { value: out, next: i + 1, closed: true };
    if (ch === '\\' && i + 1 < text.length) {
      const n = text[i + 1]!;
      const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2)) : n === 'u' ? /^[0-9a-fA-F]{1,4}/.exec(text.slice(i + 2)) : null;
      if (hex) {
        out += String.fromCharCode(parseInt(hex[0], 16));
        i += 2 + hex[0].length;
        continue;
      }
      out += ANSI_C[n] ?? '\\' + n;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  return { value: out, next: i, closed: false };
}

export function shellWords(input: string): ShellWords {
  const text = input.replace(/\\\r?\n/g, '').replace(/[\^`]\r?\n/g, ' ');
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { words: [...words, cur + text.slice(i + 1)], unterminated: true };
      cur += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '$' && text[i + 1] === "'") {
      const r = ansiC(text, i + 2);
      cur += r.value;
      if (!r.closed) return { words: [...words, cur], unterminated: true };
      i = r.next;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) {
          cur += text[i + 1];
          i += 2;
          continue;
        }
        cur += c;
        i++;
      }
      if (!closed) return { words: [...words, cur], unterminated: true };
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[i + 1];
      i += 2;
    } else {
      cur += ch;
      i++;
    }
  }
  if (inWord) words.push(cur);
  return { words, unterminated: false };
}
