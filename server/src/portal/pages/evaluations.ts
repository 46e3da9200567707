import { EVALUATION_DIMENSION_LABELS, formatDistrictDateTime } from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publishedOfYear, publishedYears } from '../../modules/evaluation/service';
import { reportTitle } from '../../modules/evaluation/documents';
import { html } from '../html';
import { layout } from '../layout';

const SECTION = '/evaluations';

/** A13.8: the published ranking of each year; a correction keeps the old version visible as superseded. */
export async function evaluationPages(app: FastifyInstance) {
  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => {
    const [latest] = await publishedYears(app.ctx);
    if (latest) return reply.redirect(`${SECTION}/${latest}`);
    reply.type('text/html; charset=utf-8');
    return layout({ title: '新闻发布工作评估', section: SECTION, body: html`<section class="card"><h2>新闻发布工作年度评估</h2><p class="muted">尚未通报评估结果。</p></section>` });
  });

  app.get(`${SECTION}/:year`, { schema: { hide: true, params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } }, async (request, reply) => {
    const { year } = request.params as { year: number };
    const versions = await publishedOfYear(app.ctx, year);
    const query = request.query as { v?: string };
    const wanted = query.v ? versions.find((p) => p.version === Number(query.v)) : versions[0];
    reply.type('text/html; charset=utf-8');
    if (!wanted) {
      reply.code(404);
      return layout({ title: `${year}年度新闻发布工作评估`, section: SECTION, body: html`<section class="card"><h2>${year}年度新闻发布工作评估</h2><p class="muted">${year}年度评估结果尚未通报。</p></section>` });
    }
    const max = Math.max(1, ...wanted.rows.map((r) => r.total ?? 0));
    return layout({
      title: reportTitle(wanted),
      section: SECTION,
      body: html`
<section class="card">
  <h2>${reportTitle(wanted)}</h2>
  ${wanted.supersededAt ? html`<p class="warn" role="note">此版本已于 ${formatDistrictDateTime(wanted.supersededAt)} 被更正，<a href="${SECTION}/${year}">查看最新版本</a>。</p>` : ''}
  <p class="muted">通报时间：${formatDistrictDateTime(wanted.publishedAt)}　依据：《武隆区行政机关新闻发布工作办法》第十三条（八），经区政府同意后通报</p>
  ${wanted.correctionReason ? html`<p>更正说明：${wanted.correctionReason}</p>` : ''}
  <div style="overflow-x:auto"><table aria-label="评估得分排名">
    <thead><tr><th>排名</th><th>单位</th><th>得分</th><th aria-hidden="true"></th></tr></thead>
    <tbody>${wanted.rows.map(
      (r) =>
        html`<tr><td>${r.rank ?? '—'}</td><td>${r.unitName}</td><td>${r.total ?? '无数据'}</td><td aria-hidden="true"><span style="display:inline-block;height:.8em;background:#1677ff;width:${String(Math.round(((r.total ?? 0) / max) * 160))}px"></span></td></tr>`,
    )}</tbody>
  </table></div>
</section>
<section class="card">
  <h2>评估指标</h2>
  <ul class="list">${wanted.indicators.map((i) => html`<li>${EVALUATION_DIMENSION_LABELS[i.dimension]}：${i.name}（${i.weight}分）</li>`)}</ul>
  <p class="muted">“无数据”的指标不计入该单位得分，总分按有数据指标的分值折算为百分制。</p>
</section>
${
  versions.length > 1
    ? html`<section class="card"><h2>历次版本</h2><ul class="list">${versions.map(
        (p) =>
          html`<li><a href="${SECTION}/${year}?v=${p.version}">第 ${p.version} 版</a>，${formatDistrictDateTime(p.publishedAt)} 通报${p.supersededAt ? html` <span class="badge">已被更正</span>` : '（现行）'}</li>`,
      )}</ul></section>`
    : ''
}`,
    });
  });
}
