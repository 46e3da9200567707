import { describe, expect, it } from 'vitest';
import { KeywordRuleError, linkKey, matchKeywordRule, nearIdenticalTitles, parseKeywordRule, titleKey, titleSimilarity } from './keyword-rules';

const match = (expression: string, text: string, exclusions: string[] = []) => matchKeywordRule({ expression, exclusions }, text);

describe('keyword rules of opinion monitoring (A13.2)', () => {
  it('matches 防汛 AND 武隆 only when both words appear (A13.2)', () => {
    expect(match('防汛 AND 武隆', '武隆区启动防汛四级应急响应')).toEqual({ matched: true, keywords: ['防汛', '武隆'] });
    expect(match('防汛 AND 武隆', '彭水县启动防汛应急响应').matched).toBe(false);
  });

  it('reads adjacent terms as AND, and OR as either (A13.2)', () => {
    expect(match('防汛 武隆', '武隆防汛').matched).toBe(true);
    expect(match('塌方 OR 滑坡', '国道发生山体滑坡')).toEqual({ matched: true, keywords: ['滑坡'] });
    expect(match('塌方 OR 滑坡', '道路积水').matched).toBe(false);
  });

  it('binds NOT tighter than AND, and AND tighter than OR (A13.2)', () => {
    expect(parseKeywordRule('a OR b AND NOT c')).toEqual({
      kind: 'or',
      exprs: [{ kind: 'term', text: 'a' }, { kind: 'and', exprs: [{ kind: 'term', text: 'b' }, { kind: 'not', expr: { kind: 'term', text: 'c' } }] }],
    });
    expect(match('(暴雨 OR 洪水) AND 武隆 NOT 演练', '武隆遭遇暴雨').matched).toBe(true);
    expect(match('(暴雨 OR 洪水) AND 武隆 NOT 演练', '武隆举行暴雨防汛演练').matched).toBe(false);
  });

  it('keeps an item out when one of the exclusions appears (A13.2)', () => {
    expect(match('防汛 AND 武隆', '武隆防汛物资广告', ['广告']).matched).toBe(false);
    expect(match('防汛 AND 武隆', '武隆防汛物资告急', ['广告', ' ']).matched).toBe(true);
  });

  it('ignores case and full-width forms, and matches quoted phrases (A13.2)', () => {
    expect(match('G65', '包茂高速ｇ６５武隆段拥堵')).toEqual({ matched: true, keywords: ['G65'] });
    expect(match('"319 国道"', '319 国道白马段积水').matched).toBe(true);
    expect(match('"319 国道"', '319国道白马段积水').matched).toBe(false);
  });

  it.each([
    ['', '规则不能为空'],
    ['防汛 AND', '缺少关键词'],
    ['AND 防汛', '前缺少关键词'],
    ['(防汛 OR 武隆', '括号没有配对'],
    ['防汛)', '多余的右括号'],
    ['"防汛', '引号没有配对'],
    ['NOT 演练', '至少要有一个'],
  ])('refuses the malformed rule %j with a Chinese reason (A13.2)', (expression, message) => {
    expect(() => parseKeywordRule(expression)).toThrow(KeywordRuleError);
    expect(() => parseKeywordRule(expression)).toThrow(message);
    expect(match(expression, '防汛 武隆 演练').matched).toBe(false);
  });
});

describe('the same item seen twice', () => {
  it('treats a reposted title with another tag or punctuation as near-identical', () => {
    expect(titleKey('【网友爆料】武隆 319国道白马段积水严重！')).toBe('网友爆料武隆319国道白马段积水严重');
    expect(nearIdenticalTitles('武隆319国道白马段积水严重，车辆无法通行', '武隆 319 国道白马段积水严重 车辆无法通行！')).toBe(true);
    expect(nearIdenticalTitles('武隆319国道白马段积水严重，车辆无法通行', '转：武隆319国道白马段积水严重，车辆无法通行')).toBe(true);
  });

  it('keeps two different events on the same road apart', () => {
    expect(nearIdenticalTitles('武隆319国道白马段积水严重', '武隆319国道江口段发生塌方')).toBe(false);
    expect(titleSimilarity('', '武隆')).toBe(0);
  });

  it('compares links without fragments, tracking parameters or trailing slashes', () => {
    expect(linkKey('HTTPS://News.Example.cn/a/1/?utm_source=wx&id=3#top')).toBe(linkKey('https://news.example.cn/a/1?id=3'));
    expect(linkKey('https://news.example.cn/a/1')).not.toBe(linkKey('https://news.example.cn/a/2'));
    expect(linkKey(' not a url ')).toBe('not a url');
  });
});
