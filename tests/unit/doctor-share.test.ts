/**
 * Sharing a diagnosis (src/lib/doctor/share.ts): the help-request Markdown and the share link hold
 * the masked paste only. Property tests over every secret shape the doctor masks, in every context
 * it reads, and over the whole corpus: no secret value in the link (raw fragment, its URL/Base64
 * forms, the decoded payload) or in the Markdown; the link opens the same diagnosis.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/diagnose.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { diagnose, type Diagnosis } from '../../src/lib/doctor/index.ts';
import { decodeShare, encodeShare, helpRequestMarkdown, MAX_LINK_BYTES, maskPaste, prepareShare, shareUrl, type SharePayload } from '../../src/lib/doctor/share.ts';
import { doctorCatalog as cat, loadPastes } from '../fixtures/doctor/fixtures.ts';

const pastes = loadPastes();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
/** Forms of a secret that must not appear in a fragment or Markdown. */
const forms = (s: string) => [...new Set([s, encodeURIComponent(s), b64(s).replace(/=+$/, ''), b64url(s)])];

/** Everything that leaves the page for one paste: the link (raw and decoded) and the Markdown in both languages. */
async function outputs(paste: string): Promise<{ fragment: string; decoded: SharePayload | null; markdown: string[]; shareD: Diagnosis }> {
  const { payload, diagnosis } = prepareShare(paste, cat);
  const link = await encodeShare(payload);
  const fragment = link.ok ? link.fragment : '';
  const decoded = link.ok ? await decodeShare(`#${fragment}`) : null;
  const markdown = (['en', 'zh'] as const).map((lang) => helpRequestMarkdown(diagnosis, payload.paste, cat, lang));
  return { fragment, decoded, markdown, shareD: diagnosis };
}

async function expectNoSecret(paste: string, secret: string): Promise<void> {
  const o = await outputs(paste);
  const s = secret.trim();
  expect(o.fragment, 'the paste fits a link').not.toBe('');
  expect(o.decoded, 'the link decodes').not.toBeNull();
  for (const f of forms(s)) expect(o.fragment.includes(f), `fragment holds ${f}`).toBe(false);
  expect(JSON.stringify(o.decoded).includes(s), 'decoded payload').toBe(false);
  for (const md of o.markdown) expect(md.includes(s), 'markdown').toBe(false);
  expect(JSON.stringify(o.shareD).includes(s), 'diagnosis of the payload').toBe(false);
}

// ---- secret shapes the doctor masks (secrets.ts), as values ----
const hexUpper = (n: number) => fc.stringMatching(new RegExp(`^[0-9A-F]{${n}}$`));
const uuid = fc.uuid();
const hex32 = hexUpper(32).filter((v) => /[A-F]/.test(v) && /\d/.test(v));
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/).filter((v) => /[a-f]/.test(v));
const signature = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('base64'));
/** Passphrases as users set them: letters, digits and symbols, no dots or brackets (which read as code). */
const passphrase = fc
  .stringMatching(/^[A-Za-z0-9#@!%^*_+-]{8,30}$/)
  .filter((v) => /\d/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && !/your|example|hidden|masked|redacted|placeholder|changeme|xxx/i.test(v));
const telegram = fc.tuple(fc.stringMatching(/^[1-9]\d{8}$/), fc.stringMatching(/^[A-Za-z0-9_-]{35}$/)).map(([id, t]) => `${id}:AA${t}`);

const ERR = '{"msg":"Invalid Sign","code":"50113"}';
const LOG = '2024-03-05 14:22:31,100 ERROR okx_bot: ';
/** Contexts the doctor reads a credential in, each with the secret shape that goes there. */
const CONTEXTS: [name: string, value: fc.Arbitrary<string>, paste: (v: string) => string][] = [
  ['OK-ACCESS-KEY header', uuid, (v) => `> GET /api/v5/account/balance HTTP/2\n> OK-ACCESS-KEY: ${v}\n< HTTP/2 401\n${ERR}`],
  ['OK-ACCESS-SIGN header', signature, (v) => `> OK-ACCESS-SIGN: ${v}\n> OK-ACCESS-TIMESTAMP: 2024-03-05T14:22:31.100Z\n${ERR}`],
  ['OK-ACCESS-SIGN hex', hex64, (v) => `headers = {'OK-ACCESS-SIGN': '${v}', 'OK-ACCESS-TIMESTAMP': '2024-03-05T14:22:31.100Z'}\n${ERR}`],
  ['OK-ACCESS-PASSPHRASE header', passphrase, (v) => `OK-ACCESS-PASSPHRASE: ${v}\n{"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}`],
  ['JSON config', hex32, (v) => `{"apiKey": "5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01", "secretKey": "${v}"}\n${LOG}${ERR}`],
  ['escaped JSON in a log', hex32, (v) => `${LOG}config={\\"secretKey\\":\\"${v}\\"} ${ERR}`],
  ['env export', hex32, (v) => `$ export OKX_SECRET_KEY=${v}\n$ python bot.py\n${LOG}${ERR}`],
  ['.env line', passphrase, (v) => `OKX_API_PASSPHRASE=${v}\n${LOG}{"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}`],
  ['Python assignment', hex32, (v) => `secret_key = "${v}"\npassphrase = "Tr4de#Bot2024"\n${LOG}${ERR}`],
  ['python-okx positional', passphrase, (v) => `accountAPI = Account.AccountAPI("5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01", "C8FAKE00SECRET0011C8FAKE22SECRET", "${v}", False, "0")\n${ERR}`],
  ['ccxt config dict', passphrase, (v) => `exchange = ccxt.okx({'apiKey': '5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01', 'secret': 'C8FAKE00SECRET0011C8FAKE22SECRET', 'password': '${v}'})\nccxt.base.errors.AuthenticationError: okx ${ERR}`],
  ['JS object', uuid, (v) => `const client = new RestClient({ apiKey: '${v}', apiSecret: process.env.OKX_SECRET, apiPass: process.env.OKX_PASS });\n${ERR}`],
  ['C# dictionary', hex32, (v) => `new ccxt.okx(new Dictionary<string, object>() {\n    { "secret", "${v}" },\n});\nccxt.AuthenticationError: okx ${ERR}`],
  ['Go struct', hex32, (v) => `client := okx.NewClient(okx.Config{\n\tAPIKey: "5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01",\n\tSecretKey: "${v}",\n})\n${ERR}`],
  ['PHP array', passphrase, (v) => `$exchange = new \\ccxt\\okx(array(\n    'apiKey' => 'abc',\n    'password' => '${v}',\n));\n${ERR}`],
  ['v3 WebSocket login args', signature, (v) => `{"op":"login","args":["5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01","Pass#2024x","1538054050.975","${v}"]}\n{"event":"error","message":"Invalid sign","errorCode":30013}`],
  ['Telegram bot URL', telegram, (v) => `${LOG}POST https://api.telegram.org/bot${v}/sendMessage failed after ${ERR}`],
  ['secret repeated in a URL', hex32, (v) => `secret="${v}"\nGET https://example.invalid/debug?s=${v}\n${ERR}`],
];

describe('share: no secret value leaves the page (property, every shape and context)', () => {
  it.each(CONTEXTS.map(([name, value, paste]) => [name, value, paste] as const))('%s', async (_name, value, paste) => {
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        await expectNoSecret(paste(v), v);
      }),
      { numRuns: 40 },
    );
  });

  it('any shape in any context, inserted between the lines of any corpus paste', async () => {
    const pick = fc.integer({ min: 0, max: CONTEXTS.length - 1 }).chain((i) => fc.tuple(fc.constant(i), CONTEXTS[i]![1]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pastes.filter((p) => p.raw.trim() !== '')), pick, fc.nat(), async (p, [i, v], at) => {
        const lines = p.raw.split('\n');
        const cut = at % (lines.length + 1);
        await expectNoSecret([...lines.slice(0, cut), CONTEXTS[i]![2](v), ...lines.slice(cut)].join('\n'), v);
      }),
      { numRuns: 300 },
    );
  });

  it('a shell-expanded passphrase printed by the program is masked too', async () => {
    await expectNoSecret(`export OKX_PASSPHRASE="Abc$9xyz#Q"\n>>> os.environ["OKX_PASSPHRASE"]\n'Abcxyz#Q'\n{"code":"50105","msg":"Request header OK-ACCESS-PASSPHRASE incorrect."}`, 'Abcxyz#Q');
  });
});

describe('share: the corpus', () => {
  it('no listed secret in any link, decoded payload or Markdown (all pastes)', async () => {
    let withSecrets = 0;
    for (const p of pastes) {
      const o = await outputs(p.raw);
      for (const secret of p.secrets ?? []) {
        withSecrets++;
        for (const f of forms(secret.trim())) expect(o.fragment.includes(f), `${p.id}: fragment`).toBe(false);
        expect(JSON.stringify(o.decoded).includes(secret.trim()), `${p.id}: payload`).toBe(false);
        for (const md of o.markdown) expect(md.includes(secret.trim()), `${p.id}: markdown`).toBe(false);
      }
    }
    expect(withSecrets).toBeGreaterThan(40);
  });

  it('a link opens the same diagnosis: codes, ranked causes, evidence, facts (all pastes)', async () => {
    let largest = 0;
    for (const p of pastes) {
      const want = diagnose(p.raw, cat);
      const link = await encodeShare(maskPaste(p.raw));
      if (!link.ok) {
        expect(p.raw.trim(), p.id).toBe('');
        continue;
      }
      largest = Math.max(largest, link.bytes);
      const back = await decodeShare(link.fragment);
      const got = diagnose(back!.paste, cat, { carried: back!.scan });
      expect({ kind: got.kind, codes: got.codes, causes: got.causes, facts: got.facts, shapes: got.shapes }, p.id).toEqual({ kind: want.kind, codes: want.codes, causes: want.causes, facts: want.facts, shapes: want.shapes });
      // The only finding a masked paste cannot repeat: the original text had mojibake that was repaired.
      expect(got.findings, p.id).toEqual(want.findings.filter((f) => f.id !== 'mojibake-repaired'));
    }
    expect(largest).toBeLessThan(MAX_LINK_BYTES);
  });
});

describe('share link', () => {
  const payload = maskPaste(`secret = "22582BD0CFF14C41EDBF1AB98506286D\\n"\n${ERR}`);

  it('round-trips the masked paste and the secret facts', async () => {
    const link = await encodeShare(payload);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fragment).toMatch(/^d=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(link.fragment)).toEqual(payload);
    expect(await decodeShare(`#${link.fragment}`)).toEqual(payload);
    expect(payload.scan.secrets[0]).toMatchObject({ field: 'secret', masked: '2258…', whitespace: true, length: 34 });
  });

  it('Node zlib and CompressionStream make the same link', async () => {
    const a = await encodeShare(payload);
    const b = await encodeShare(payload, (x) => new Uint8Array(deflateRawSync(x)));
    expect(b.ok && (await decodeShare(b.fragment))).toEqual(payload);
    expect(a.ok && b.ok).toBe(true);
  });

  it('refuses a paste too long for a link, and an empty one', async () => {
    let seed = 7;
    const noise = Array.from({ length: 30_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), String.fromCharCode(33 + (seed % 90)))).join('');
    const big = await encodeShare({ paste: noise, scan: payload.scan });
    expect(big).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!big.ok && big.bytes).toBeGreaterThan(MAX_LINK_BYTES);
    expect(await encodeShare({ paste: '  \n', scan: payload.scan })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('a damaged or foreign fragment gives null, never an exception', async () => {
    for (const f of ['', '#', '#os=docker', '#d=', '#d=!!!', '#d=AAAA', '#k=rest&ts=1', `#d=${Buffer.from('{"v":2,"p":"x"}').toString('base64url')}`]) expect(await decodeShare(f), f).toBeNull();
    const notJson = Buffer.from(deflateRawSync(Buffer.from('not json'))).toString('base64url');
    expect(await decodeShare(`#d=${notJson}`)).toBeNull();
  });

  it('a deflate bomb is cut off', async () => {
    const bomb = Buffer.from(deflateRawSync(Buffer.from(`{"v":1,"p":"${'a'.repeat(5_000_000)}"}`))).toString('base64url');
    expect(bomb.length).toBeLessThan(MAX_LINK_BYTES * 2);
    expect(await decodeShare(`#d=${bomb}`)).toBeNull();
  });

  it('a crafted link carrying a raw secret: the diagnosis masks it like any paste; forged facts are checked', async () => {
    const secret = '22582BD0CFF14C41EDBF1AB98506286D';
    const json = JSON.stringify({ v: 1, p: `secret_key = "${secret}"\n${ERR}`, s: { secrets: [{ field: 'secret', kind: 'secret', masked: 'a very long forged value', length: 5, shape: 'hex32' }, { field: 'x', kind: 'nope', masked: 'ab…', length: 2, shape: 'other' }] } });
    const back = await decodeShare(`#d=${Buffer.from(deflateRawSync(Buffer.from(json))).toString('base64url')}`);
    expect(back!.scan.secrets).toEqual([]);
    const d = diagnose(back!.paste, cat, { carried: back!.scan });
    expect(d.codes[0]!.code).toBe('50113');
    expect(JSON.stringify(d)).not.toContain(secret);
    expect(d.findings.map((f) => f.id)).toContain('secret-in-paste');
  });

  it('shareUrl: zh-CN at /doctor/, English under /en', () => {
    expect(shareUrl('https://x.example/', 'zh', 'd=abc')).toBe('https://x.example/doctor/#d=abc');
    expect(shareUrl('https://x.example', 'en', 'd=abc')).toBe('https://x.example/en/doctor/#d=abc');
  });
});

describe('help request Markdown', () => {
  const paste = `exchange = ccxt.okx({'apiKey': '5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01', 'secret': 'C8FAKE00SECRET0011C8FAKE22SECRET', 'password': 'Tr4de#Bot2024'})\nPOST https://www.okx.com/api/v5/trade/order\nccxt.base.errors.AuthenticationError: okx ${ERR}`;

  it('holds the code, the message, the ranked causes with evidence, the facts and the masked paste', () => {
    const { payload, diagnosis } = prepareShare(paste, cat);
    const md = helpRequestMarkdown(diagnosis, payload.paste, cat, 'en');
    expect(md).toMatch(/^## OKX API error 50113\n/);
    expect(md).toContain("**OKX's message**: `Invalid Sign`");
    const first = diagnosis.causes[0]!;
    expect(md).toContain(`1. **${cat.causeTitle(first.id)!.en}** (\`${first.id}\``);
    expect(md).toContain('### What the doctor read');
    expect(md).toContain('```text\nexchange = ccxt.okx(');
    expect(md).toContain("'5a1f…'");
    for (const s of ['5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01', 'C8FAKE00SECRET0011C8FAKE22SECRET', 'Tr4de#Bot2024']) expect(md).not.toContain(s);
    const zh = helpRequestMarkdown(diagnosis, payload.paste, cat, 'zh');
    expect(zh).toMatch(/^## OKX API 报错 50113\n/);
    expect(zh).toContain('- **错误码**：`50113`（v5）');
    expect(zh).toContain(`1. **${cat.causeTitle(first.id)!.zh}**（\`${first.id}\`，评分 `);
  });

  it('a fence longer than any backtick run in the paste; a long paste is cut with a note', () => {
    const md = helpRequestMarkdown(diagnose('```\n{"code":"50102"}', cat), '```\n{"code":"50102"}', cat, 'en');
    expect(md).toContain('````text\n```\n{"code":"50102"}\n````');
    const long = 'x'.repeat(25_000);
    const cut = helpRequestMarkdown(diagnose(long, cat), long, cat, 'en');
    expect(cut).toContain('(cut: the first 20000 characters of the paste)');
    expect(cut.length).toBeLessThan(21_000);
  });
});

describe('diagnose --markdown / --share-link (CLI)', () => {
  async function cli(args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), readStdin: async () => new TextEncoder().encode(input) };
    return { code: await run(args, io), out, err };
  }
  const paste = `secret_key = "22582BD0CFF14C41EDBF1AB98506286D"\n${ERR}`;

  it('--markdown prints the help request without the secret, in either language', async () => {
    const en = await cli(['--markdown'], paste);
    expect(en.code).toBe(0);
    expect(en.out).toContain('## OKX API error 50113');
    expect(en.out).not.toContain('22582BD0CFF14C41EDBF1AB98506286D');
    expect((await cli(['--markdown', '--lang', 'zh'], paste)).out).toContain('## OKX API 报错 50113');
  });

  it('--share-link prints a doctor URL whose fragment decodes to the masked paste', async () => {
    const r = await cli(['--share-link', '--lang', 'zh'], paste);
    expect(r.code).toBe(0);
    const url = new URL(r.out.trim());
    expect(url.pathname).toBe('/doctor/');
    expect(url.search).toBe('');
    expect(r.out).not.toContain('22582BD0CFF14C41EDBF1AB98506286D');
    const back = await decodeShare(url.hash);
    expect(back!.paste).toBe('secret_key = "2258…"\n' + ERR);
    expect(new URL((await cli(['--share-link'], paste)).out.trim()).pathname).toBe('/en/doctor/');
  });

  it('--share-link on a paste too long for a link says so and points to --markdown', async () => {
    let seed = 3;
    const noise = Array.from({ length: 30_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), String.fromCharCode(33 + (seed % 90)))).join('');
    const r = await cli(['--share-link'], noise);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/KB compressed, over the 8 KB a link holds; use --markdown/);
  });
});

describe('share: the person’s own text', () => {
  it('keeps full-width punctuation and curly quotes (the doctor reads a folded copy; the shared paste is the original, masked)', () => {
    const key = '37c541a1-1234-4abc-9def-10fe7a038418';
    const paste = `签名错误，返回：{"code":"50113","msg":"Invalid Sign"}，apiKey = "${key}"，我用的是“python-okx”`;
    const out = maskPaste(paste).paste;
    expect(out).not.toContain(key);
    expect(out).toContain('签名错误，返回：');
    expect(out).toContain('“python-okx”');
    expect(out).toBe(paste.replace(key, '37c5…'));
  });
});
