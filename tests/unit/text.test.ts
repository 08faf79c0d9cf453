import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elide } from '../../src/lib/text.ts';

describe('elide (long inputs shown, not dumped)', () => {
  it('leaves short text alone', () => {
    expect(elide('abc', 10)).toEqual({ head: 'abc', omitted: 0, tail: '' });
  });

  it('keeps the start and the end of a 1 MB body, and counts what it left out', () => {
    const s = 'a'.repeat(600_000) + 'b'.repeat(400_000);
    const e = elide(s, 2000);
    expect(e.head).toBe('a'.repeat(1500));
    expect(e.tail).toBe('b'.repeat(500));
    expect(e.omitted).toBe(1_000_000 - 2000);
  });

  it('never splits a surrogate pair and always accounts for every character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 4, max: 100 }), (s, max) => {
        const e = elide(s, max);
        expect(e.head.length + e.omitted + e.tail.length).toBe(s.length);
        expect(s.startsWith(e.head) && s.endsWith(e.tail)).toBe(true);
        expect(e.head.length + e.tail.length).toBeLessThanOrEqual(max);
        for (const part of [e.head, e.tail]) expect(/^[\s\S]*$/u.test(part) && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(part)).toBe(true);
      }),
    );
  });
});
