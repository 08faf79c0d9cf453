import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { localePath, pick, splitLocale, t } from '../../src/i18n/index.ts';

describe('UI dictionaries', () => {
  it('have exactly the same keys and no empty string', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(zhCn)]) expect(v.trim(), k).not.toBe('');
  });
  it('keep the same {placeholders} in both languages', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(zhCn[k]), k).toEqual(ph(en[k]));
    }
  });
  it('write Chinese as a native technical writer: CJK–Latin spacing, full-width punctuation, 你 not 您', () => {
    for (const [k, v] of Object.entries(zhCn)) {
      const prose = v.replace(/\{\w+\}/g, '').replace(/<[^>]*>/g, '');
      expect(prose.match(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/g) ?? [], k).toEqual([]);
      expect(prose.match(/[\u4e00-\u9fff][,;!?]|[\u4e00-\u9fff]:(?!\/)/g) ?? [], k).toEqual([]);
      expect(v, k).not.toContain('您');
    }
  });
  it('routes zh-CN at the root and English under /en', () => {
    expect(localePath('zh-cn', '/errors/50102/')).toBe('/errors/50102/');
    expect(localePath('en', '/errors/50102/')).toBe('/en/errors/50102/');
    expect(splitLocale('/en/errors/50102/')).toEqual({ locale: 'en', path: '/errors/50102/' });
    expect(splitLocale('/errors/')).toEqual({ locale: 'zh-cn', path: '/errors/' });
    expect(t('en', 'code.title', { code: '1', message: 'x' })).toBe('OKX error 1: x');
    expect(Object.keys(pick('en', 'clock.')).every((k) => k.startsWith('clock.'))).toBe(true);
  });
});
