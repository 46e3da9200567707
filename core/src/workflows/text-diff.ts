/**
 * Comparing two versions of a release text (A15.2: every version kept and comparable).
 * Chinese has no spaces between words, so the diff is by paragraph, and within a changed
 * paragraph by character: a longest-common-subsequence table, which is small at those sizes.
 */
export type DiffOp = { op: 'same' | 'added' | 'removed'; text: string };

/** Above this many cells the character diff of one paragraph gives up and shows it replaced. */
const MAX_CELLS = 4_000_000;

function lcs<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): ['same' | 'added' | 'removed', T][] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = equal(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: ['same' | 'added' | 'removed', T][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i]!, b[j]!)) {
      out.push(['same', a[i]!]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push(['removed', a[i++]!]);
    else out.push(['added', b[j++]!]);
  }
  while (i < n) out.push(['removed', a[i++]!]);
  while (j < m) out.push(['added', b[j++]!]);
  return out;
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string) {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

function charDiff(ops: DiffOp[], before: string, after: string) {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > MAX_CELLS) {
    push(ops, 'removed', before);
    push(ops, 'added', after);
    return;
  }
  for (const [op, ch] of lcs(a, b, (x, y) => x === y)) push(ops, op, ch);
}

/** The edit from `before` to `after`: joining the `same` and `removed` parts gives `before`, `same` and `added` give `after`. */
export function diffText(before: string, after: string): DiffOp[] {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  const ops: DiffOp[] = [];
  const paragraphs = lcs(a, b, (x, y) => x === y);
  // A removed paragraph directly followed by an added one is a changed paragraph: diff it by character.
  for (let k = 0; k < paragraphs.length; k++) {
    const [op, text] = paragraphs[k]!;
    const following = paragraphs[k + 1];
    if (op === 'removed' && following?.[0] === 'added') {
      charDiff(ops, text, following[1]);
      k++;
    } else push(ops, op, text);
  }
  return ops;
}
