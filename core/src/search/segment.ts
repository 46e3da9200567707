/**
 * How Chinese text is split for full-text search (pure, no I/O).
 *
 * Word segmentation alone misses a two-character word merged into a longer one (教育 inside
 * 教育局), so a document is indexed three ways:
 * - `grams`: the character bigrams of every run of Han characters, in order. A query of n ≥ 2
 *   Han characters is the phrase of its n − 1 bigrams, which matches exactly where the
 *   characters stand together: every such substring is found, whatever the segmenter did.
 * - `chars`: each Han character once, for one-character queries.
 * - `words`: the words `Intl.Segmenter('zh')` finds (two characters or more), and every run of
 *   other letters and digits (G319, 2026, 5g). They rank a whole-word hit above a substring.
 *
 * `Intl.Segmenter` slows down sharply on long strings on Node 20, so it is fed one paragraph
 * at a time, and a long paragraph in sentence-sized pieces.
 */

/** Han ideographs that are letters (〇 is a number and, like punctuation, ends a run). */
const RUN = /((?:(?=\p{Script=Han})\p{L})+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const HAN_CHAR = /(?=\p{Script=Han})\p{L}/u;
/** Longest piece of text given to the segmenter at once. */
const SEGMENTER_CHUNK = 400;
/**
 * Put between two runs in `grams` when the first ends with the character the second starts
 * with: without it the phrase 教育 育局 would match 教育。育局 across the full stop.
 */
export const GRAM_SEPARATOR = '0';
/** A query is cut at this many characters, and at this many terms. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_TERMS = 8;

/**
 * Full-width letters and digits (Ｇ３１９) become ASCII. Length-preserving, so a hit found in
 * the folded text marks the same characters of the original; Chinese punctuation is left alone.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The form both index and query use: full-width folded, letters lower case. */
export function normalizeForSearch(text: string): string {
  return foldWidth(text).toLowerCase();
}

export interface Run {
  han: boolean;
  text: string;
}

/** Runs of Han characters and runs of other letters and digits, in order; everything else separates them. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of normalizeForSearch(text).matchAll(RUN)) runs.push(m[1] ? { han: true, text: m[1] } : { han: false, text: m[2]! });
  return runs;
}

export function bigramsOf(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The bigram sequence of a text, with a separator wherever two runs could join into a false phrase. */
export function gramsOf(text: string): string[] {
  const out: string[] = [];
  let last = '';
  for (const run of runsOf(text)) {
    if (!run.han) continue;
    const grams = bigramsOf(run.text);
    if (grams.length === 0) continue;
    if (last && [...grams[0]!][0] === last) out.push(GRAM_SEPARATOR);
    out.push(...grams);
    last = [...grams[grams.length - 1]!][1]!;
  }
  return out;
}

/** Paragraphs, and within a long paragraph pieces that end at a sentence's end where possible. */
export function piecesForSegmenter(text: string): string[] {
  const pieces: string[] = [];
  for (const paragraph of text.split(/[\r\n\u2028\u2029]+/)) {
    let rest = paragraph.trim();
    while (rest.length > SEGMENTER_CHUNK) {
      const window = rest.slice(0, SEGMENTER_CHUNK);
      const end = Math.max(...['。', '！', '？', '；', '!', '?', ';', '，', ','].map((p) => window.lastIndexOf(p)));
      const cut = end > SEGMENTER_CHUNK / 4 ? end + 1 : SEGMENTER_CHUNK;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest) pieces.push(rest);
  }
  return pieces;
}

let segmenter: Intl.Segmenter | null = null;

/** Words of two Han characters or more as the segmenter finds them, and runs of other letters and digits. */
export function wordsOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const piece of piecesForSegmenter(normalizeForSearch(text))) {
    for (const s of segmenter.segment(piece)) {
      if (!s.isWordLike) continue;
      for (const run of runsOf(s.segment)) if (!run.han || [...run.text].length >= 2) out.push(run.text);
    }
  }
  return out;
}

/** Each Han character of a text once. */
export function charsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const ch of normalizeForSearch(text)) if (HAN_CHAR.test(ch)) seen.add(ch);
  return [...seen];
}

export interface DocumentTokens {
  titleGrams: string[];
  bodyGrams: string[];
  words: string[];
  chars: string[];
}

export function documentTokens(title: string, body: string): DocumentTokens {
  return {
    titleGrams: gramsOf(title),
    bodyGrams: gramsOf(body),
    words: [...wordsOf(title), ...wordsOf(body)],
    chars: charsOf(`${title}\n${body}`),
  };
}

/**
 * A query's terms, all of which a document must contain: a run of Han characters (found as a
 * substring), or a run of other letters and digits (found as a whole word).
 */
export function parseQuery(q: string): Run[] {
  const seen = new Set<string>();
  const terms: Run[] = [];
  for (const run of runsOf(q.slice(0, MAX_QUERY_LENGTH))) {
    const key = `${run.han ? 'h' : 'w'}:${run.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(run);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

export interface HighlightPart {
  text: string;
  hit: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcher(terms: Run[]): RegExp | null {
  if (terms.length === 0) return null;
  // Longest first, so 教育局 wins over 教育 where both match.
  const alternatives = [...terms].sort((a, b) => b.text.length - a.text.length).map((t) => escapeRegExp(t.text));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** Marks the hits, found in the width-folded text, on the original. */
function mark(text: string, re: RegExp | null): HighlightPart[] {
  if (!re || !text) return text ? [{ text, hit: false }] : [];
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const m of foldWidth(text).matchAll(re)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), hit: false });
    parts.push({ text: text.slice(m.index, m.index + m[0].length), hit: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** The title with every query term marked. */
export function highlightTitle(title: string, terms: Run[]): HighlightPart[] {
  return mark(title, matcher(terms));
}

/** A window of the text around the first hit (or its start), about `length` characters, hits marked. */
export function snippetOf(text: string, terms: Run[], length = 120): HighlightPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const re = matcher(terms);
  const first = re ? foldWidth(clean).search(re) : -1;
  const start = first <= length / 3 ? 0 : first - Math.floor(length / 3);
  const end = Math.min(clean.length, start + length);
  const parts = mark(clean.slice(start, end), re);
  if (start > 0 && parts[0]) parts.unshift({ text: '…', hit: false });
  if (end < clean.length) parts.push({ text: '…', hit: false });
  return parts;
}
