import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECRET_ENV, sign, snippets, type SnippetInputs, type SnippetLang } from '../../src/lib/sign/index.ts';

interface Vector {
  id: string;
  secret: string;
  timestamp: string;
  method: string;
  requestPath: string;
  body: string;
  signature: string;
}
const vectors = JSON.parse(readFileSync(new URL('../../public/vectors/okx-sign-vectors.json', import.meta.url), 'utf8')) as Vector[];

const has = (cmd: string, args: string[] = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
/** How to run each language here; null when its runtime is missing. */
const RUNNERS: Record<SnippetLang, { cmd: string; args: (file: string) => string[] } | null> = {
  python: has('python3') ? { cmd: 'python3', args: (f) => [f] } : null,
  node: { cmd: process.execPath, args: (f) => [f] },
  shell: has('openssl', ['version']) && has('base64') ? { cmd: 'sh', args: (f) => [f] } : null,
  java: has('java', ['-version']) ? { cmd: 'java', args: (f) => [f] } : null,
  go: has('go', ['version']) ? { cmd: 'go', args: (f) => ['run', f] } : null,
  php: has('php') ? { cmd: 'php', args: (f) => [f] } : null,
  csharp: null, // needs a dotnet project; not run here
};
const missing = Object.entries(RUNNERS).filter(([, r]) => r === null).map(([l]) => l);
if (missing.length) console.log(`sign-snippets: not run, runtime missing here: ${missing.join(', ')}`);

const dir = mkdtempSync(join(tmpdir(), 'okx-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runSnippet(lang: SnippetLang, inputs: SnippetInputs, secret: string): string {
  const s = snippets(inputs).find((x) => x.lang === lang)!;
  const sub = mkdtempSync(join(dir, lang + '-'));
  const file = join(sub, s.filename);
  writeFileSync(file, s.code, 'utf8');
  const r = RUNNERS[lang]!;
  return execFileSync(r.cmd, r.args(file), {
    cwd: sub,
    env: { ...process.env, [SECRET_ENV]: secret, LC_ALL: 'C.UTF-8' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

const asInputs = (v: Vector): SnippetInputs =>
  v.id.startsWith('ws-') ? { kind: 'ws', timestamp: v.timestamp } : { timestamp: v.timestamp, method: v.method, requestPath: v.requestPath, body: v.body };

const HOSTILE: SnippetInputs = {
  timestamp: '2020-12-08T09:08:57.715Z',
  method: 'POST',
  requestPath: "/api/v5/x/y?a=it's&b=$HOME&c=`id`",
  body: '{"q":"say \\"hi\\" \\\\ $PATH `id` \'x\'","t":"交易😀","n":"a\nb\tc\r"}\n',
};
const HOSTILE_SECRET = 'sec ret$`"\'\\x';

describe('snippets', () => {
  it('produces all seven languages, reading the secret from the environment', () => {
    const all = snippets(asInputs(vectors[0]!));
    expect(all.map((s) => s.lang)).toEqual(['python', 'node', 'go', 'java', 'php', 'csharp', 'shell']);
    for (const s of all) {
      expect(s.code, s.lang).toContain(SECRET_ENV);
      expect(s.code, s.lang).not.toContain(vectors[0]!.secret);
      expect(s.code, s.lang).toContain('2020-12-08T09:08:57.715Z');
      expect(s.code, s.lang).toContain('/api/v5/account/balance?ccy=BTC');
    }
    expect(all.find((s) => s.lang === 'shell')!.code).toMatch(/openssl dgst -sha256 -hmac "\$OKX_SECRET_KEY" -binary \\\n\s+\| base64/);
    expect(all.find((s) => s.lang === 'php')!.code).toContain("hash_hmac('sha256', $prehash, $secret, true)");
  });

  it('writes comments in Chinese when asked', () => {
    for (const s of snippets(asInputs(vectors[0]!), 'zh')) expect(s.code, s.lang).toMatch(/密钥从环境变量读取/);
  });

  it('uses the WebSocket login constants for kind ws', () => {
    const py = snippets({ kind: 'ws', timestamp: '1538054050', method: 'POST', requestPath: '/x', body: 'y' })[0]!.code;
    expect(py).toContain('method = "GET"');
    expect(py).toContain('request_path = "/users/self/verify"');
    expect(py).toContain('body = ""');
  });

  for (const lang of ['python', 'node', 'shell', 'java', 'go', 'php'] as const) {
    const runner = RUNNERS[lang];
    // Java compiles on every run (~1 s): run it on a representative subset.
    const vs = lang === 'java' ? vectors.filter((v) => ['rest-get-query', 'rest-post-non-ascii', 'ws-login'].includes(v.id)) : vectors;
    it.skipIf(runner === null)(`${lang} snippet prints every vector's signature`, () => {
      for (const v of vs) expect(runSnippet(lang, asInputs(v), v.secret), `${lang} ${v.id}`).toBe(v.signature);
    });
    it.skipIf(runner === null)(`${lang} snippet survives quotes, $, backticks, newlines and non-BMP text`, async () => {
      const expected = (await sign(HOSTILE_SECRET, HOSTILE)).signature;
      expect(runSnippet(lang, HOSTILE, HOSTILE_SECRET)).toBe(expected);
    });
  }
});
