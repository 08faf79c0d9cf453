/**
 * Static check for super-linear regular expressions: every regex literal in src/ is read with the
 * TypeScript scanner and analysed with scslre (the analyser behind eslint-plugin-regexp's
 * no-super-linear-backtracking and no-super-linear-move). It reports:
 *   Trade: two unbounded quantifiers over shared characters that can pass characters between them
 *          (`\s*>?\s*`, `[ \t]*[:：]?[ \t]*`): polynomial backtracking;
 *   Self:  an unbounded quantifier inside another (`(a+)+`): exponential;
 *   Move:  an unanchored pattern that starts with an unbounded run (`=+$`, `^\s*` with the m flag):
 *          the search restarts inside the run at every character, quadratic in the run.
 * Bounded repeats ({0,300}) are linear by construction and not reported. The analysis is static and
 * deterministic (no timing, no fuzzing): about a second for all of src/.
 *
 * recheck 4.5.0 (native linux binary) was tried as well: it installs and runs here but needs about
 * 3 minutes for the ~360 literals with its default 10 s budget per pattern (and times out when they
 * are checked concurrently), too slow for the test command.
 *
 * A new pattern that is reported fails this test. Rewrite it (no adjacent or nested quantifiers over
 * the same characters; anchors instead of leading runs), or, when its input is cut to a bounded
 * length before it runs, add it to ALLOWED with that reason and say so in a comment at the regex.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Patterns whose input is bounded, so super-linear in theory only. Each entry: file, the exact
 * pattern source, and why its input is short.
 */
const ALLOWED: { file: string; source: string; why: string }[] = [
  {
    file: 'src/lib/doctor/evidence.ts',
    source: String.raw`["',)\]]+$`,
    why: 'runs on m[2] of the prehash regex, \\S{1,300}: at most 300 characters',
  },
  {
    file: 'src/lib/doctor/secrets.ts',
    source: String.raw`^(?:[a-z_][a-z0-9_]*|true|false|\$\(.*|` + '`' + String.raw`.*|\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+.*|[A-Za-z_]\w*[[(].*)$`,
    why: 'REFERENCE tests one credential value read by readValue(): at most 300 characters unquoted, on one line',
  },
];

/**
 * Regular expressions built at run time (RegExp calls): the analyser cannot read them from the
 * source, so each call site is reviewed here, keyed by file and the text of its first argument.
 * A new call site fails the test until it is added with the reason it is linear or bounded.
 */
const DYNAMIC: { file: string; arg: string; why: string }[] = [
  {
    file: 'src/lib/doctor/shapes/transport.ts',
    arg: '`(?<![\\\\d.:-])([45]\\\\d\\\\d)\\\\)?[ \\\\t]+(?:${REASON})\\\\b`',
    why: 'three digits, then one blank run, then literal reason phrases: one quantifier, checked below with REASON filled in',
  },
  { file: 'src/lib/doctor/clock.ts', arg: '`^${ISO_RE.source}$`', why: 'ISO_RE (a literal, checked above) anchored at both ends' },
  { file: 'src/lib/doctor/gate.ts', arg: 're.source', why: 'a gated expression copied with the g flag added: every gated() argument is a literal checked above, or the REASON one below' },
  { file: 'src/lib/doctor/meaning.ts', arg: '`^${source}$`', why: 'bounded input: a message no longer than its catalog template plus the longest values (see the comment there)' },
  {
    file: 'src/lib/doctor/secrets.ts',
    arg: '`[${TAIL_LETTERS}](?:\\\\\\\\{0,3}["\'\\`])?[ \\\\t]*(?:=>|[:=])`',
    why: 'SEP_RE: one letter of a class (the last letters of KEY_TAILS), then bounded backslashes, one blank run and a literal separator: checked below with the letters filled in',
  },
  { file: 'src/lib/clock/host-parse.ts', arg: "String.fromCharCode(27) + '\\\\[[0-9;?]*[A-Za-z]'", why: 'ESC [ then one class run and a letter: starts with a literal, one quantifier' },
];

/** First-argument texts of every RegExp(…) / new RegExp(…) call in a file. */
export function regexCalls(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp' && n.arguments?.[0]) out.push(n.arguments[0].getText(sf));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:ts|tsx|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}

/** Every regular-expression literal in a TypeScript/JavaScript file, as the compiler scans it. */
export function regexLiterals(file: string, text: string): Literal[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: Literal[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = n.getText(sf);
      const slash = raw.lastIndexOf('/');
      out.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, source: raw.slice(1, slash), flags: raw.slice(slash + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Reports for one pattern, as `Type "char" at quantifier`. */
function reports(source: string, flags: string): string[] {
  return analyse({ source, flags }).reports.map((r) => {
    const q = r.type === 'Trade' ? `${r.startQuant.raw} … ${r.endQuant.raw}` : r.quant.raw;
    return `${r.type}${r.exponential ? ' (exponential)' : ''} on ${JSON.stringify(r.character.pick)} at ${q}`;
  });
}

const literals = sourceFiles(SRC).flatMap((f) => regexLiterals(relative(ROOT, f), readFileSync(f, 'utf8')));

describe('regular expressions in src/ run in linear time', () => {
  it('the checker flags the shapes it must (so this test can fail)', () => {
    expect(reports(String.raw`^\s*[#"]*\s*(\d{4,5})\s*[)"]*\s*$`, '')).not.toEqual([]); // the old bare-code regex (cubic)
    expect(reports(String.raw`\bstatus[ \t]*(?:is|:)?[ \t]*([45]\d\d)`, 'gi')).not.toEqual([]); // adjacent runs
    expect(reports('=+$', '')).not.toEqual([]); // a leading run, unanchored
    expect(reports(String.raw`^\s*(GET|POST)\s+(\S+)`, 'im')).not.toEqual([]); // ^\s* across lines
    expect(reports('(a+)+$', '')).not.toEqual([]);
    expect(reports(String.raw`^[ \t]*(?:>[ \t]*)?try:`, '')).toEqual([]);
    expect(reports(String.raw`\bstatus[ \t]*(?:(?:is|:)[ \t]*)?([45]\d\d)`, 'gi')).toEqual([]);
  });

  it('finds the literals in src/', () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(regexLiterals('x.ts', 'const a = /a+b/g; const b = 4 / 2 / 1;')).toEqual([{ file: 'x.ts', line: 1, source: 'a+b', flags: 'g' }]);
  });

  it('no literal is super-linear unless its input is bounded (ALLOWED)', () => {
    const bad: string[] = [];
    for (const l of literals) {
      const r = reports(l.source, l.flags);
      if (r.length === 0) continue;
      if (ALLOWED.some((a) => a.file === l.file && a.source === l.source)) continue;
      bad.push(`${l.file}:${l.line} /${l.source}/${l.flags}\n    ${r.join('\n    ')}`);
    }
    expect(bad, `super-linear patterns:\n${bad.join('\n')}`).toEqual([]);
  });

  it('every RegExp built at run time is reviewed (DYNAMIC), and the reviewed ones are linear', () => {
    const calls = sourceFiles(SRC).flatMap((f) => regexCalls(relative(ROOT, f), readFileSync(f, 'utf8')).map((arg) => ({ file: relative(ROOT, f), arg })));
    const unreviewed = calls.filter((c) => !DYNAMIC.some((d) => d.file === c.file && d.arg === c.arg));
    expect(unreviewed, 'add these to DYNAMIC with the reason they are linear or bounded').toEqual([]);
    for (const d of DYNAMIC) expect(calls.some((c) => c.file === d.file && c.arg === d.arg), `${d.file}: ${d.arg} is gone: drop it from DYNAMIC`).toBe(true);
    expect(regexCalls('x.ts', 'const a = new RegExp(`^${s}$`, "i"); const b = RegExp("x+");')).toEqual(['`^${s}$`', '"x+"']);
    // The HTTP reason regex, rebuilt as transport.ts builds it.
    const reason = /const REASON = '([^']+)'/.exec(readFileSync(join(ROOT, 'src/lib/doctor/shapes/transport.ts'), 'utf8'))![1]!;
    expect(reports(`(?<![\\d.:-])([45]\\d\\d)\\)?[ \\t]+(?:${reason})\\b`, 'gi')).toEqual([]);
    expect(reports(String.fromCharCode(27) + '\\[[0-9;?]*[A-Za-z]', 'g')).toEqual([]);
    // SEP_RE, rebuilt as secrets.ts builds it from KEY_TAILS.
    expect(reports(String.raw`[yYtTeEdDsSnN](?:\\{0,3}["'` + '`' + String.raw`])?[ \t]*(?:=>|[:=])`, 'g')).toEqual([]);
  });

  it('every ALLOWED entry still exists, is still reported, and has a comment at the regex', () => {
    for (const a of ALLOWED) {
      const here = literals.filter((l) => l.file === a.file && l.source === a.source);
      expect(here.length, `${a.file}: /${a.source}/ not found`).toBeGreaterThan(0);
      expect(reports(a.source, here[0]!.flags), `${a.file}: /${a.source}/ is linear now: drop it from ALLOWED`).not.toEqual([]);
      expect(a.why.length).toBeGreaterThan(20);
      const lines = readFileSync(join(ROOT, a.file), 'utf8').split('\n');
      for (const l of here) expect(lines.slice(Math.max(0, l.line - 4), l.line).join('\n'), `${a.file}:${l.line} needs a comment saying its input is bounded`).toMatch(/[Bb]ounded/);
    }
  });
});
