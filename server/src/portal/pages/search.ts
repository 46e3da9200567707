/**
 * `/search?q=` on the portal: the public releases alone (exactly those `/releases` shows), the
 * query's words marked in titles and snippets. Plain HTML, no script.
 */
import type { SearchResult } from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchPublicReleases } from '../../modules/search/service';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';

export const SECTION = '/search';
const PAGE_SIZE = 20;

const marked = (parts: SearchResult['items'][number]['title']): SafeHtml => html`${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : p.text))}`;

export async function searchPages(app: FastifyInstance) {
  app.get(
    SECTION,
    { schema: { hide: true, querystring: z.object({ q: z.string().max(100).default(''), page: z.coerce.number().int().min(1).max(50).default(1) }) } },
    async (request, reply) => {
      const { q, page } = request.query as { q: string; page: number };
      const query = q.trim();
      const result = query ? await searchPublicReleases(app.ctx, query, page, PAGE_SIZE) : null;
      const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
      const href = (p: number) => `${SECTION}?q=${encodeURIComponent(query)}&page=${p}`;
      reply.type('text/html; charset=utf-8');
      return layout({
        title: query ? `搜索：${query}` : '站内搜索',
        section: SECTION,
        body: html`<section class="card"><h2>站内搜索</h2>
<form action="${SECTION}" method="get" role="search" style="display:flex;gap:8px;margin:8px 0 12px">
<label for="q" class="skip">搜索新闻发布</label>
<input id="q" name="q" type="search" value="${query}" maxlength="100" placeholder="输入关键词，如：防汛、乡村振兴" style="flex:1;padding:8px 10px;font-size:16px;border:1px solid var(--line);border-radius:4px">
<button type="submit" style="padding:8px 18px;font-size:16px;background:var(--red);color:#fff;border:0;border-radius:4px">搜索</button>
</form>
${
  result === null
    ? html`<p class="muted">在已公开的新闻发布中查找（标题、正文和实录）。</p>`
    : result.items.length === 0
      ? html`<p>没有找到与“${query}”相关的公开发布。</p>`
      : html`<p class="muted">找到${result.totalCapped ? '超过' : ''} ${result.total} 条与“${query}”相关的发布，按时间先后排列。</p>
<ul class="list">${result.items.map(
          (hit) => html`<li style="margin-bottom:10px"><a href="/releases/${hit.refId}">${marked(hit.title)}</a><br><span>${marked(hit.snippet)}</span><br><span class="muted">${hit.unitName} · ${hit.date}</span></li>`,
        )}</ul>
<p class="muted">第 ${page} / ${pages} 页　${page > 1 ? html`<a href="${href(page - 1)}">上一页</a>` : ''} ${page < pages && page < 50 ? html`<a href="${href(page + 1)}">下一页</a>` : ''}</p>`
}
</section>`,
      });
    },
  );
}
