import { describe, expect, it } from 'vitest';
import { doctorText, EVIDENCE, FINDINGS, t, UI } from '../../src/lib/doctor/messages.ts';
import { dt } from '../../src/lib/doctor/text.ts';

describe('one-language doctor text', () => {
  it('formats exactly like the bilingual t()', () => {
    for (const lang of ['en', 'zh'] as const) {
      const text = doctorText(lang);
      expect(dt(text, 'UI', 'codesFound', { count: 3 })).toBe(t(UI, 'codesFound', lang, { count: 3 }));
      for (const id of Object.keys(EVIDENCE)) expect(dt(text, 'EVIDENCE', id, { host: 'www.okx.com', code: '50102' })).toBe(t(EVIDENCE, id, lang, { host: 'www.okx.com', code: '50102' }));
      for (const id of Object.keys(FINDINGS)) expect(dt(text, 'FINDINGS', id, { fields: 'secret', masked: 'abcd…' })).toBe(t(FINDINGS, id, lang, { fields: 'secret', masked: 'abcd…' }));
    }
  });
  it('holds only one language', () => {
    const en = JSON.stringify(doctorText('en'));
    expect(en).not.toMatch(/[\u4e00-\u9fff]{2}/);
    expect(JSON.stringify(doctorText('zh'))).toMatch(/[\u4e00-\u9fff]/);
  });
});
