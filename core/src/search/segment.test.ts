import { describe, expect, it } from 'vitest';
import { bigramsOf, documentTokens, GRAM_SEPARATOR, gramsOf, highlightTitle, parseQuery, piecesForSegmenter, snippetOf, wordsOf } from './segment';

describe('search tokens', () => {
  it('indexes every bigram of a Han run, so 教育 is found inside 教育局', () => {
    expect(gramsOf('区教育局')).toEqual(['区教', '教育', '育局']);
    expect(bigramsOf('教育')).toEqual(['教育']);
  });

  it('separates two runs only where a phrase could join them falsely', () => {
    expect(gramsOf('教育。育局')).toEqual(['教育', GRAM_SEPARATOR, '育局']);
    expect(gramsOf('防汛，抗旱')).toEqual(['防汛', '抗旱']);
    // A one-character run adds no bigram but still ends the run before it.
    expect(gramsOf('教育。育。育局')).toEqual(['教育', GRAM_SEPARATOR, '育局']);
  });

  it('keeps words of two characters or more, and runs of other letters and digits in lower case', () => {
    const words = wordsOf('区教育局召开2026年防汛工作会议，部署Ｇ319国道排查');
    expect(words).toContain('教育局');
    expect(words).toContain('防汛');
    expect(words).toContain('2026');
    expect(words).toContain('g319');
    expect(words).not.toContain('区');
  });

  it('feeds the segmenter short pieces: paragraphs, and long paragraphs cut at sentence ends', () => {
    const long = '武隆区持续推进防汛工作。'.repeat(100);
    const pieces = piecesForSegmenter(`第一段\n\n${long}`);
    expect(pieces[0]).toBe('第一段');
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(400);
    expect(pieces.slice(1).join('')).toBe(long);
  });

  it('lists each Han character once', () => {
    expect(documentTokens('防汛', '防汛抗旱').chars.sort()).toEqual(['抗', '旱', '汛', '防'].sort());
  });

  it('parses a query into Han runs and other words, without duplicates', () => {
    expect(parseQuery('防汛 G319国道，防汛')).toEqual([
      { han: true, text: '防汛' },
      { han: false, text: 'g319' },
      { han: true, text: '国道' },
    ]);
    expect(parseQuery('  ，。!  ')).toEqual([]);
  });

  it('marks hits in the title and cuts a snippet around the first hit', () => {
    const terms = parseQuery('防汛');
    expect(highlightTitle('全区防汛工作会议', terms)).toEqual([
      { text: '全区', hit: false },
      { text: '防汛', hit: true },
      { text: '工作会议', hit: false },
    ]);
    const text = `${'开头的内容'.repeat(30)}今年防汛形势严峻${'结尾的内容'.repeat(30)}`;
    const parts = snippetOf(text, terms, 60);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['防汛']);
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
  });

  it('finds full-width letters and digits as plain ones, and leaves Chinese punctuation as written', () => {
    const parts = highlightTitle('Ｇ３１９国道（白马段）？', parseQuery('g319'));
    expect(parts).toEqual([
      { text: 'Ｇ３１９', hit: true },
      { text: '国道（白马段）？', hit: false },
    ]);
  });

  it('marks Latin hits whatever their case', () => {
    expect(highlightTitle('G319国道', parseQuery('g319')).filter((p) => p.hit)).toEqual([{ text: 'G319', hit: true }]);
  });
});
