/**
 * `npm run --silent cli -- sign --secret S --timestamp T --method M --path P [--body B]`
 * `npm run --silent cli -- sign --secret S --timestamp SECONDS --ws`
 * Prints the Base64 OK-ACCESS-SIGN alone; --explain prints the prehash parts and
 * findings; --compare SIG prints {"match":bool,"variant":id|null}.
 * Exit 0 on success (match or not), 2 on bad arguments.
 */
import type { CliIo } from './io.ts';
import { PROG } from './prog.ts';
import { checkInputs, checkKeys, findingText, huntMismatch, mergeFindings, messageTable, sign } from '../lib/sign/index.ts';
import type { Finding, HuntInputs } from '../lib/sign/index.ts';

export const USAGE = `usage: ${PROG} sign --secret S --timestamp T --method M --path P [--body B]
       ${PROG} sign --secret S --timestamp SECONDS --ws
  --secret S       the API secret key (used as UTF-8 text)
  --timestamp T    REST: ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z
                   --ws: Unix seconds, e.g. 1538054050
  --method M       GET or POST
  --path P         request path with query, e.g. /api/v5/account/balance?ccy=BTC
  --body B         raw JSON body, exactly as sent (default: empty)
  --ws             sign a WebSocket login (prehash: SECONDS + GET + /users/self/verify)
  --explain        print the prehash parts and findings instead of the signature
  --compare SIG    compare SIG with the correct signature; prints {"match":bool,"variant":id|null}
  --passphrase P   (with --compare) also test "passphrase used as secret"
  --api-key K      (with --compare) also test "API key used as secret"
  -h, --help       show this help
prints the Base64 OK-ACCESS-SIGN followed by a newline; inputs with problems add one warning line on stderr`;

const VALUE_OPTS = ['--secret', '--timestamp', '--method', '--path', '--body', '--compare', '--passphrase', '--api-key'] as const;
const FLAG_OPTS = ['--ws', '--explain', '--help', '-h'] as const;
type ValueOpt = (typeof VALUE_OPTS)[number];

interface Parsed {
  values: Partial<Record<ValueOpt, string>>;
  flags: Set<string>;
}

function parseArgs(args: string[]): Parsed | string {
  const values: Parsed['values'] = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if ((FLAG_OPTS as readonly string[]).includes(name)) {
      if (eq > 0) return `option ${name} takes no value`;
      flags.add(name === '-h' ? '--help' : name);
      continue;
    }
    if (!(VALUE_OPTS as readonly string[]).includes(name)) {
      return a.startsWith('-') ? `unknown option "${name}"` : `unexpected argument "${a}"`;
    }
    const opt = name as ValueOpt;
    if (values[opt] !== undefined) return `option ${opt} is given twice`;
    let v: string | undefined;
    if (eq > 0) v = a.slice(eq + 1);
    else {
      v = args[i + 1];
      const next = v?.split('=')[0] ?? '';
      if (v === undefined || (VALUE_OPTS as readonly string[]).includes(next) || (FLAG_OPTS as readonly string[]).includes(next)) {
        return `option ${opt} needs a value`;
      }
      i++;
    }
    values[opt] = v;
  }
  return { values, flags };
}

function codeLabel(f: Finding): string {
  return f.code ? ` [${f.code}${f.probable ? '?' : ''}]` : '';
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`sign: ${parsed} (see sign --help)\n`);
    return 2;
  }
  const { values: v, flags } = parsed;
  if (flags.has('--help')) {
    io.out(USAGE + '\n');
    return 0;
  }
  const ws = flags.has('--ws');
  const problem =
    v['--secret'] === undefined
      ? 'missing --secret'
      : v['--timestamp'] === undefined
        ? 'missing --timestamp'
        : ws && (v['--method'] !== undefined || v['--path'] !== undefined || v['--body'] !== undefined)
          ? '--ws takes no --method, --path or --body'
          : !ws && v['--method'] === undefined
            ? 'missing --method'
            : !ws && v['--path'] === undefined
              ? 'missing --path'
              : flags.has('--explain') && v['--compare'] !== undefined
                ? '--explain and --compare cannot be combined'
                : null;
  if (problem) {
    io.err(`sign: ${problem} (see sign --help)\n`);
    return 2;
  }
  const secret = v['--secret']!;
  const parts = ws
    ? { kind: 'ws' as const, timestamp: v['--timestamp']! }
    : { kind: 'rest' as const, timestamp: v['--timestamp']!, method: v['--method']!, requestPath: v['--path']!, body: v['--body'] ?? '' };

  if (v['--compare'] !== undefined) {
    const inputs: HuntInputs = { ...parts, secret };
    if (v['--passphrase'] !== undefined) inputs.passphrase = v['--passphrase'];
    if (v['--api-key'] !== undefined) inputs.apiKey = v['--api-key'];
    const r = await huntMismatch(inputs, v['--compare']);
    io.out(JSON.stringify({ match: r.match, variant: r.variant }) + '\n');
    return 0;
  }

  const signed = await sign(secret, parts);
  const findings = mergeFindings(
    checkInputs({ ...parts, secret }),
    checkKeys({ secret, ...(v['--passphrase'] !== undefined ? { passphrase: v['--passphrase'] } : {}), ...(v['--api-key'] !== undefined ? { apiKey: v['--api-key'] } : {}) }),
  );
  if (!flags.has('--explain')) {
    // stdout stays the signature alone; a signature of wrong inputs is still printed (it is what such code sends).
    io.out(signed.signature + '\n');
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) io.err(`sign: warning: ${errors.length} problem(s) in the inputs (${errors.map((f) => f.id).join(', ')}); run with --explain\n`);
    return 0;
  }
  const lines = [`prehash    ${JSON.stringify(signed.prehash)}`];
  for (const s of signed.segments) lines.push(`  ${s.part.padEnd(10)} ${`${s.start}-${s.end}`.padEnd(8)} ${JSON.stringify(s.text)}`);
  lines.push(`signature  ${signed.signature}`);
  if (!findings.length) lines.push('findings   none');
  else {
    lines.push('findings   ([code?] = expected, not confirmed by OKX)');
    for (const f of findings) lines.push(`  ${f.severity.padEnd(8)} ${f.id}${codeLabel(f)}: ${findingText(messageTable('en'), f)}`);
  }
  io.out(lines.join('\n') + '\n');
  return 0;
}
