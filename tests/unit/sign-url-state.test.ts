import { describe, expect, it } from 'vitest';
import { decodeHash, DEFAULT_INPUTS, encodeHash } from '../../src/lib/sign/url-state.ts';

describe('signature checker URL state', () => {
  it('round-trips non-secret inputs through the hash', () => {
    const s = { ...DEFAULT_INPUTS, method: 'POST', requestPath: '/api/v5/trade/order', body: '{"instId":"BTC-USDT","sz":"1"}', demo: true, region: 'eea' as const };
    const h = encodeHash(s);
    expect(h.startsWith('#')).toBe(true);
    expect(decodeHash(h)).toEqual(s);
  });
  it('writes nothing for the defaults and ignores garbage', () => {
    expect(encodeHash(DEFAULT_INPUTS)).toBe('');
    expect(decodeHash('#k=evil&r=mars&demo=1')).toEqual(DEFAULT_INPUTS);
  });
  it('never carries a secret, even when an object with extra fields is passed', () => {
    const withSecret = { ...DEFAULT_INPUTS, secret: '22582BD0CFF14C41EDBF1AB98506286D', passphrase: 'Pass-phrase1!' } as unknown as typeof DEFAULT_INPUTS;
    const h = encodeHash(withSecret);
    expect(h).not.toContain('22582BD0');
    expect(h).not.toContain('Pass-phrase');
  });
});
