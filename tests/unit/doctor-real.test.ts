import { describe, expect, it } from 'vitest';
import { loadRealPastes, predictedCauses, score } from '../../scripts/doctor-real.ts';
import { loadPastes, doctorCatalog as cat, fullCatalog } from '../fixtures/doctor/fixtures.ts';
import { diagnose } from '../../src/lib/doctor/index.ts';

// The real-paste set is for measuring, not tuning: these tests hold its shape, not the doctor's score.
describe('real public pastes (measurement set)', () => {
  const pastes = loadRealPastes();

  it('has at least 150 pastes, each with a public source URL, an id of its own and a known split', () => {
    expect(pastes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(pastes.map((p) => p.id)).size).toBe(pastes.length);
    for (const p of pastes) {
      expect(p.source, p.id).toMatch(/^https:\/\/\S+$/);
      expect(['dev', 'heldout'], p.id).toContain(p.split);
      expect(p.raw.trim(), p.id).not.toBe('');
    }
  });

  it('sets a third aside as held-out, with Chinese and English pastes in both parts', () => {
    const held = pastes.filter((p) => p.split === 'heldout');
    expect(held.length).toBe(Math.round(pastes.length / 3));
    for (const split of ['dev', 'heldout']) {
      const langs = new Set(pastes.filter((p) => p.split === split).map((p) => p.lang));
      expect(langs.has('zh') && langs.has('en'), split).toBe(true);
    }
  });

  it('names expected causes that exist, or says unknown', () => {
    const known = new Set([...fullCatalog.causes.keys(), 'unknown', 'other-exchange', 'success']);
    const odd = pastes.filter((p) => !known.has(p.cause) && !(p as { cause_new?: boolean }).cause_new);
    expect(odd.map((p) => `${p.id}: ${p.cause}`)).toEqual([]);
  });

  it('shares no paste with the fixture corpus the doctor was built from', () => {
    const corpus = new Set(loadPastes().map((p) => p.raw.trim()));
    expect(pastes.filter((p) => corpus.has(p.raw.trim())).map((p) => p.id)).toEqual([]);
  });

  it('scores code and cause hits the way the figures say', () => {
    const p = pastes.filter((x) => x.split === 'dev').slice(0, 1);
    const right = score([{ ...p[0]!, code: '50113', cause: 'prehash-mismatch' }], () => diagnose('{"code":"50113","msg":"Invalid Sign"}', cat));
    expect(right.dev).toMatchObject({ n: 1, codeOk: 1, causeN: 1, top1: 1, top3: 1 });
    const wrong = score([{ ...p[0]!, code: '50102', cause: 'clock-skew' }], () => diagnose('{"code":"50113","msg":"Invalid Sign"}', cat));
    expect(wrong.dev).toMatchObject({ n: 1, codeOk: 0, causeN: 1, top1: 0, top3: 0 });
    expect(predictedCauses(diagnose('{"retCode":10002,"retMsg":"invalid request","result":{}} from api.bybit.com', cat))).toEqual(['other-exchange']);
    // A negative code tells another exchange's answer as surely as its name does.
    expect(predictedCauses(diagnose('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}', cat))).toEqual(['other-exchange']);
    expect(predictedCauses(diagnose('nothing here', cat))).toEqual([]);
  });
});
