/** Important warnings on the portal (A5.5): on the home page while in force, each on a page of its own. */
import { WARNING_LEVEL_LABELS, WARNING_STATE_LABELS, formatDistrictDateTime, type WarningLevel } from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { warningState } from '../../modules/warnings/policy';
import { findWarning, listWarnings, warningsInForce } from '../../modules/warnings/repository';
import { byLevel } from '../../modules/warnings/service';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';

export const SECTION = '/warnings';

/** The colours of the four levels, as the public knows them. */
const LEVEL_COLOURS: Record<WarningLevel, { ink: string; bg: string }> = {
  blue: { ink: '#0958d9', bg: '#e6f4ff' },
  yellow: { ink: '#ad8b00', bg: '#feffe6' },
  orange: { ink: '#d46b08', bg: '#fff7e6' },
  red: { ink: '#cf1322', bg: '#fff1f0' },
};

function levelBadge(level: string): SafeHtml {
  const c = LEVEL_COLOURS[level as WarningLevel];
  return html`<span class="badge" style="color:${c.ink};background:${c.bg};border-color:${c.ink}">${WARNING_LEVEL_LABELS[level as WarningLevel]}预警</span>`;
}

const validity = (from: string, until: string) => `${formatDistrictDateTime(from)} 至 ${formatDistrictDateTime(until)}`;

export async function warningsInForceSection(app: FastifyInstance): Promise<SafeHtml> {
  const rows = (await warningsInForce(app.ctx.db, app.ctx.now().toISOString())).sort(byLevel);
  if (rows.length === 0) return html``;
  return html`<section class="card" style="border-left:4px solid ${LEVEL_COLOURS[rows[0]!.level as WarningLevel].ink}"><h2>预警信息</h2><ul class="list">${rows.map(
    (w) => html`<li>${levelBadge(w.level)} <a href="${SECTION}/${w.id}">${w.title}</a><br><span class="muted">${w.area} · 有效期 ${validity(w.valid_from, w.valid_until)}</span></li>`,
  )}</ul></section>`;
}

export async function warningPages(app: FastifyInstance) {
  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => {
    const now = app.ctx.now();
    const rows = await listWarnings(app.ctx.db, 100);
    reply.type('text/html; charset=utf-8');
    return layout({
      title: '预警信息',
      section: SECTION,
      body: html`<section class="card"><h2>预警信息</h2>
${rows.length === 0 ? html`<p class="muted">暂无预警信息。</p>` : ''}
<ul class="list">${rows.map(
        (w) =>
          html`<li>${levelBadge(w.level)} <a href="${SECTION}/${w.id}">${w.title}</a> <span class="muted">（${WARNING_STATE_LABELS[warningState(w, now)]}）</span><br><span class="muted">${w.unit_name} · ${w.area} · ${validity(w.valid_from, w.valid_until)}</span></li>`,
      )}</ul></section>`,
    });
  });

  app.get(`${SECTION}/:id`, { schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) }) } }, async (request, reply) => {
    const { id } = request.params as { id: number };
    const w = await findWarning(app.ctx.db, id);
    reply.type('text/html; charset=utf-8');
    if (!w) {
      reply.code(404);
      return layout({ title: '未找到', section: SECTION, body: html`<section class="card"><h2>未找到</h2><p>该预警信息不存在。</p></section>` });
    }
    const state = warningState(w, app.ctx.now());
    return layout({
      title: w.title,
      section: SECTION,
      body: html`<article class="card">
<h2>${w.title}</h2>
<p>${levelBadge(w.level)} <strong>${WARNING_STATE_LABELS[state]}</strong></p>
<p class="muted">发布单位：${w.unit_name} · 类别：${w.category} · 第 ${w.revision} 版，更新于 ${formatDistrictDateTime(w.updated_at)}</p>
<p><strong>预警区域：</strong>${w.area}</p>
<p><strong>有效期：</strong>${validity(w.valid_from, w.valid_until)}</p>
${w.content
  .split(/\n+/)
  .filter((p) => p.trim())
  .map((p) => html`<p>${p}</p>`)}
${w.lifted_at ? html`<p class="warn">该预警已于 ${formatDistrictDateTime(w.lifted_at)} 解除：${w.lift_reason ?? ''}</p>` : ''}
</article>`,
    });
  });
}
