import { formatDistrictDateTime } from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listsOfYear } from '../../modules/spokespersons/service';
import { listTitle } from '../../modules/spokespersons/documents';
import { html } from '../html';
import { layout } from '../layout';

const SECTION = '/spokespersons';

/** A8.3: the published list of each year; a correction keeps the old version visible as superseded. */
export async function spokespersonPages(app: FastifyInstance) {
  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => {
    const [latest] = await listsOfYear(app.ctx);
    if (latest) return reply.redirect(`${SECTION}/${latest.year}`);
    reply.type('text/html; charset=utf-8');
    return layout({ title: '新闻发言人名单', section: SECTION, body: html`<section class="card"><h2>新闻发言人名单</h2><p class="muted">尚未公布。</p></section>` });
  });

  app.get(`${SECTION}/:year`, { schema: { hide: true, params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } }, async (request, reply) => {
    const { year } = request.params as { year: number };
    const versions = await listsOfYear(app.ctx, year);
    const query = request.query as { v?: string };
    const wanted = query.v ? versions.find((l) => l.version === Number(query.v)) : versions[0];
    reply.type('text/html; charset=utf-8');
    if (!wanted) {
      reply.code(404);
      return layout({ title: `${year}年新闻发言人名单`, section: SECTION, body: html`<section class="card"><h2>${year}年新闻发言人名单</h2><p class="muted">${year}年的名单尚未公布。</p></section>` });
    }
    const superseded = wanted.supersededAt !== null;
    return layout({
      title: listTitle(wanted),
      section: SECTION,
      body: html`
<section class="card">
  <h2>${listTitle(wanted)}</h2>
  ${superseded ? html`<p class="warn" role="note">此版本已于 ${formatDistrictDateTime(wanted.supersededAt!)} 被更正，<a href="${SECTION}/${year}">查看最新版本</a>。</p>` : ''}
  <p class="muted">公布时间：${formatDistrictDateTime(wanted.publishedAt)}　依据：《武隆区行政机关新闻发布工作办法》第八条（三）</p>
  <div style="overflow-x:auto"><table>
    <thead><tr><th>序号</th><th>单位</th><th>姓名</th><th>职务</th><th>新闻发布工作科室电话</th></tr></thead>
    <tbody>${wanted.entries.map(
      (e, i) => html`<tr><td>${i + 1}</td><td>${e.unitName}</td><td>${e.personName}</td><td>${e.title ?? ''}</td><td>${e.pressPhone ?? ''}</td></tr>`,
    )}</tbody>
  </table></div>
  ${wanted.note ? html`<p>说明：${wanted.note}</p>` : ''}
</section>
${
  versions.length > 1
    ? html`<section class="card"><h2>历次版本</h2><ul class="list">${versions.map(
        (l) =>
          html`<li><a href="${SECTION}/${year}?v=${l.version}">第 ${l.version} 版</a>，${formatDistrictDateTime(l.publishedAt)} 公布${l.supersededAt ? html` <span class="badge">已被更正</span>` : '（现行）'}</li>`,
      )}</ul></section>`
    : ''
}`,
    });
  });
}
