import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText } from './text-diff';

const side = (ops: ReturnType<typeof diffText>, keep: 'added' | 'removed') => ops.filter((o) => o.op === 'same' || o.op === keep).map((o) => o.text).join('');

describe('comparing release text versions (A15.2)', () => {
  it('shows a changed phrase within a paragraph by character', () => {
    const ops = diffText('第一段。\n全区新建农村公路100公里。\n', '第一段。\n全区新建农村公路120公里。\n');
    expect(ops).toEqual([
      { op: 'same', text: '第一段。\n全区新建农村公路1' },
      { op: 'removed', text: '0' },
      { op: 'added', text: '2' },
      { op: 'same', text: '0公里。\n' },
    ]);
  });

  it('rebuilds both versions from the diff (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('甲', '乙', '丙', '\n', 'a'), { maxLength: 60 }), fc.array(fc.constantFrom('甲', '乙', '丙', '\n', 'a'), { maxLength: 60 }), (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const ops = diffText(before, after);
        expect(side(ops, 'removed')).toBe(before);
        expect(side(ops, 'added')).toBe(after);
      }),
    );
  });
});
