import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse';

describe('reading RSS and Atom feeds', () => {
  it('reads an RSS 2.0 channel, with HTML in the description and entities in the title', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>武隆论坛</title>
      <item><title>武隆防汛 &amp; 抢险</title><link>https://bbs.example.cn/t/1</link><pubDate>Wed, 26 Nov 2026 02:00:00 GMT</pubDate>
      <description><![CDATA[<p>白马镇<b>积水</b>严重</p>]]></description></item></channel></rss>`;
    expect(parseFeed(xml)).toEqual([{ title: '武隆防汛 & 抢险', link: 'https://bbs.example.cn/t/1', publishedAt: '2026-11-26T02:00:00.000Z', summary: '白马镇 积水 严重' }]);
  });

  it('reads an Atom feed, taking the alternate link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title type="html">319国道塌方</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/a/2"/>
      <updated>2026-11-26T10:00:00+08:00</updated><summary>江口段</summary></entry>
      <entry><title>第二条</title><link href="https://x.example/a/3"/></entry></feed>`;
    expect(parseFeed(xml)).toEqual([
      { title: '319国道塌方', link: 'https://x.example/a/2', publishedAt: '2026-11-26T02:00:00.000Z', summary: '江口段' },
      { title: '第二条', link: 'https://x.example/a/3', publishedAt: null, summary: '' },
    ]);
  });

  it('refuses a document that is no feed', () => {
    expect(() => parseFeed('<html><body>维护中</body></html>')).toThrow('不是 RSS 或 Atom');
  });
});
