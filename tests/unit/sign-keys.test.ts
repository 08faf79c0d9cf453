import { describe, expect, it } from 'vitest';
import { checkKeys, type Finding, type KeyInputs } from '../../src/lib/sign/index.ts';

const KEY = '37c541a1-0000-4000-8000-10fe7a038418';
const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const PASS = 'Sup3r$ecret!';
const GOOD: KeyInputs = { apiKey: KEY, secret: SECRET, passphrase: 'Tr4de-Bot_01' };

const ids = (fs: Finding[]) => fs.map((f) => `${f.part}:${f.id}`);
const one = (fs: Finding[], part: string, id: string) => {
  const hits = fs.filter((f) => f.id === id && f.part === part);
  expect(hits, `${part}:${id} in ${JSON.stringify(ids(fs))}`).toHaveLength(1);
  return hits[0]!;
};

describe('checkKeys', () => {
  it('accepts well-formed values', () => {
    expect(checkKeys(GOOD)).toEqual([]);
    expect(checkKeys({})).toEqual([]);
  });

  it('names the empty-header codes', () => {
    const fs = checkKeys({ apiKey: '', secret: ' ', passphrase: '' });
    expect(one(fs, 'apiKey', 'key-empty')).toMatchObject({ code: '50103', params: { whitespaceOnly: 'no' } });
    expect(one(fs, 'apiKey', 'key-empty').probable).toBeUndefined();
    expect(one(fs, 'passphrase', 'key-empty').code).toBe('50104');
    expect(one(fs, 'secret', 'key-empty')).toMatchObject({ code: '50113', probable: true, params: { whitespaceOnly: 'yes' } });
  });

  it.each([
    ['apiKey', ` ${KEY}`, 'char-edge-whitespace', '50111'],
    ['apiKey', `${KEY}\n`, 'char-edge-whitespace', '50111'],
    ['secret', `${SECRET}\r\n`, 'char-edge-whitespace', '50113'],
    ['passphrase', `${PASS} `, 'char-edge-whitespace', '50105'],
    ['secret', `22582BD0CFF14C41\nEDBF1AB98506286D`, 'char-newline', '50113'],
    ['apiKey', `37c541a1-0000\u00a0-4000-8000-10fe7a038418`, 'char-nbsp', '50111'],
    ['secret', `\u200b${SECRET}`, 'char-zero-width', '50113'],
    ['apiKey', `\ufeff${KEY}`, 'char-bom', '50111'],
    ['passphrase', 'Sup3r＄ecret！', 'char-fullwidth', '50105'],
    ['secret', `"${SECRET}"`, 'key-wrapped-quotes', '50113'],
    ['apiKey', `'${KEY}'`, 'key-wrapped-quotes', '50111'],
    ['passphrase', `\u201c${PASS}\u201d`, 'key-wrapped-quotes', '50105'],
    ['apiKey', '37c541a1-****-****-****-10fe7a038418', 'key-masked', '50111'],
    ['secret', '22582BD0****************8506286D', 'key-masked', '50113'],
    ['passphrase', 'Pa$word1!', 'key-shell-expansion', '50105'],
    ['passphrase', 'Pa`id`1!x', 'key-shell-expansion', '50105'],
    ['apiKey', `OK-ACCESS-KEY: ${KEY}`, 'key-with-label', '50111'],
    ['apiKey', `apiKey=${KEY}`, 'key-with-label', '50111'],
    ['secret', `secret_key = "${SECRET}"`, 'key-with-label', '50113'],
    ['passphrase', `export OKX_PASSPHRASE=${PASS}`, 'key-with-label', '50105'],
    ['passphrase', 'nan', 'key-null-string', '50105'],
    ['secret', 'None', 'key-null-string', '50113'],
    ['apiKey', '<your api key>', 'key-placeholder', '50111'],
    ['secret', '${OKX_SECRET_KEY}', 'key-placeholder', '50113'],
    ['secret', 'YOUR_SECRET_KEY', 'key-placeholder', '50113'],
    ['passphrase', 'your-passphrase', 'key-placeholder', '50105'],
  ] as const)('%s %j → %s (%s)', (part, value, id, code) => {
    const fs = checkKeys({ [part]: value });
    const f = one(fs, part, id);
    expect(f.code).toBe(code);
    expect(f.probable).toBe(true);
    expect(f.severity === 'error' || f.severity === 'warning').toBe(true);
  });

  it('reports the label and quotes but still checks the value inside', () => {
    const fs = checkKeys({ secret: `OK-ACCESS-SIGN: "${SECRET}"`, apiKey: `"api_key": "${KEY}",` });
    expect(one(fs, 'secret', 'key-with-label').params.label).toBe('OK-ACCESS-SIGN');
    one(fs, 'secret', 'key-wrapped-quotes');
    one(fs, 'apiKey', 'key-with-label');
    expect(ids(fs).filter((x) => x.includes('shape') || x.includes('inner-space'))).toEqual([]);
  });

  it('does not call a $ at the end or before punctuation a shell expansion', () => {
    expect(ids(checkKeys({ passphrase: 'Trade$1-Bot!' }))).toContain('passphrase:key-shell-expansion');
    expect(ids(checkKeys({ passphrase: 'TradeBot1!$' }))).not.toContain('passphrase:key-shell-expansion');
  });

  it('detects swapped fields', () => {
    expect(one(checkKeys({ apiKey: SECRET }), 'apiKey', 'api-key-looks-like-secret').code).toBe('50111');
    expect(one(checkKeys({ secret: KEY }), 'secret', 'secret-looks-like-api-key').code).toBe('50113');
    const pp = one(checkKeys({ secret: PASS }), 'secret', 'secret-looks-like-passphrase');
    expect(pp.code).toBe('50113');
    expect(pp.probable).toBeUndefined(); // observed: sieblyio/okx-api#22
    one(checkKeys({ secret: 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=' }), 'secret', 'secret-looks-like-signature');
    expect(one(checkKeys({ passphrase: KEY }), 'passphrase', 'passphrase-looks-like-api-key').code).toBe('50105');
    one(checkKeys({ passphrase: SECRET }), 'passphrase', 'passphrase-looks-like-secret');
    const dup = checkKeys({ apiKey: KEY, secret: SECRET, passphrase: SECRET });
    expect(one(dup, 'passphrase', 'key-duplicate').params.other).toBe('secret');
  });

  it('warns about shapes without claiming an OKX rule', () => {
    expect(one(checkKeys({ apiKey: '37C541A1-0000-4000-8000-10FE7A038418' }), 'apiKey', 'api-key-uppercase').severity).toBe('warning');
    const shape = one(checkKeys({ apiKey: 'abc123' }), 'apiKey', 'api-key-shape');
    expect(shape).toMatchObject({ severity: 'warning', probable: true, params: { length: 6 } });
    expect(one(checkKeys({ secret: '22582BD0CFF14C41EDBF1AB98506286' }), 'secret', 'secret-shape').params.length).toBe(31);
    expect(one(checkKeys({ secret: SECRET.toLowerCase() }), 'secret', 'secret-lowercase').severity).toBe('info');
  });

  it.each([
    ['short1A!', ''],
    ['Ab1!', 'length'],
    ['alllower1!', 'upper'],
    ['ALLUPPER1!', 'lower'],
    ['NoDigits!!', 'digit'],
    ['NoSpecial12', 'special'],
    ['abcdefghij'.repeat(4), 'length,upper,digit,special'],
  ])('passphrase %j misses [%s]', (passphrase, missing) => {
    const fs = checkKeys({ passphrase }).filter((f) => f.id === 'passphrase-rule');
    if (missing === '') expect(fs).toEqual([]);
    else expect(fs).toEqual([{ id: 'passphrase-rule', part: 'passphrase', severity: 'info', params: { missing, length: passphrase.length } }]);
  });

  it('never puts a value into params except a null-string marker', () => {
    const text = JSON.stringify(checkKeys({ apiKey: ` ${KEY}x`, secret: `"${SECRET}"\n`, passphrase: `OK-ACCESS-PASSPHRASE: ${PASS}` }));
    expect(text).not.toContain('37c541a1');
    expect(text).not.toContain('22582BD0');
    expect(text).not.toContain('Sup3r');
  });
});
