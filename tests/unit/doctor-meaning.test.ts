import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, renderText } from '../../src/lib/doctor/index.ts';
import { meaningOf, templateParams } from '../../src/lib/doctor/meaning.ts';
import type { DoctorCode } from '../../src/lib/doctor/types.ts';
import { doctorCatalog as cat, fullCatalog } from '../fixtures/doctor/fixtures.ts';

const code = (messages: string[], messageZh: string): DoctorCode => ({
  code: '1', api: 'v5', family: 'general', messages, messageZh, causes: [], priors: [], messagesOkxZh: [], equivalents: [], parent: null,
});

describe('meaningOf: placeholders filled from the pasted message', () => {
  it('fills {param0} from the paste, in both languages, as code', () => {
    const e = cat.get('51000')!;
    expect(meaningOf(e, 'Parameter posSide error', 'zh')).toBe('参数 `posSide` 错误');
    expect(meaningOf(e, 'Parameter posSide error', 'en')).toBe('Parameter `posSide` error');
  });

  it('ignores a missing or extra full stop, case and runs of spaces', () => {
    const e = cat.get('50014')!;
    expect(meaningOf(e, 'parameter  instId can not be empty', 'zh')).toBe('参数 `instId` 不能为空');
  });

  it('fills two placeholders', () => {
    const e = code(['Either parameter {param0} or {param1} is required'], '参数 {param0} 和 {param1} 必须传入其中一个');
    expect(meaningOf(e, 'Either parameter ordId or clOrdId is required', 'zh')).toBe('参数 `ordId` 和 `clOrdId` 必须传入其中一个');
  });

  it('leaves the template as OKX writes it when the paste does not match, or gives no message', () => {
    const e = cat.get('51000')!;
    expect(meaningOf(e, 'Parameter error', 'zh')).toBe('参数 {param0} 错误');
    expect(meaningOf(e, null, 'en')).toBe('Parameter {param0} error');
    expect(meaningOf(e, 'Something else entirely', 'en')).toBe('Parameter {param0} error');
  });

  it('does not take a long or multi-line value, and drops backticks from a value', () => {
    expect(templateParams('Parameter {param0} error', `Parameter ${'x'.repeat(81)} error`)).toBeNull();
    expect(templateParams('Parameter {param0} error', 'Parameter a\nb error')).toBeNull();
    expect(templateParams('Parameter {param0} error', 'Parameter `sz` error')).toEqual({ param0: 'sz' });
  });

  it('reads a message of any length quickly (longer than a diagnosis keeps is not matched)', () => {
    const t = performance.now();
    expect(templateParams('Parameter {param0} error {param1}', `Parameter ${' x'.repeat(20_000)} y`)).toBeNull();
    expect(performance.now() - t).toBeLessThan(1000); // the unbounded match took minutes
    expect(templateParams('Parameter {param0} error', `Parameter ${'x'.repeat(60)} error`)).toEqual({ param0: 'x'.repeat(60) });
  });

  it('treats regex characters in the template as text', () => {
    const e = code(['Order (id {param0}) failed [x]'], '订单（{param0}）失败');
    expect(meaningOf(e, 'Order (id 123) failed [x]', 'zh')).toBe('订单（`123`）失败');
    expect(meaningOf(e, 'Order id 123 failed x', 'zh')).toBe('订单（{param0}）失败');
  });

  it('round-trips every catalog template with placeholders: filled with words, read back', () => {
    const templates = [...fullCatalog.codes.values()].flatMap((e) => e.variants.map((v) => v.message)).filter((m) => /\{param\d+\}/.test(m));
    expect(templates.length).toBeGreaterThan(20);
    fc.assert(fc.property(fc.constantFrom(...templates), fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), { minLength: 6, maxLength: 6 }), (tpl, words) => {
      const filled = tpl.replace(/\{param(\d+)\}/g, (_, i: string) => words[Number(i)]!);
      const params = templateParams(tpl, filled);
      expect(params).not.toBeNull();
      // The message reads the same when filled back from what was extracted.
      expect(tpl.replace(/\{(param\d+)\}/g, (_, n: string) => params![n]!).toLowerCase()).toBe(filled.toLowerCase());
    }));
  });

  it('the doctor shows the filled meaning (text rendering)', () => {
    const d = diagnose('2026-11-20 ERROR 下单失败: {"code":"51000","data":[],"msg":"Parameter posSide error"}', cat);
    expect(renderText(d, cat, 'zh')).toContain('含义：参数 `posSide` 错误');
    expect(renderText(d, cat, 'en')).toContain('Meaning: Parameter `posSide` error');
  });
});
