import {
  CONTENT_CATEGORY_LABELS,
  RELEASE_FORM_LABELS,
  formatDistrictDateTime,
  type ContentCategory,
  type ReleaseForm,
} from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { html, raw, type SafeHtml } from '../html';
import { layout } from '../layout';

export const SECTION = '/releases';
const PAGE_SIZE = 20;

/**
 * What the public may read: releases that went out, marked public, and — A18.5, prevented
 * rather than detected — with a recorded confidentiality review.
 */
export function publicReleases(db: Kysely<Database>) {
  return db
    .selectFrom('releases')
    .innerJoin('units', 'units.id', 'releases.unit_id')
    .where('releases.status', 'in', ['held', 'published'])
    .where('releases.is_public', '=', 1)
    .where('releases.confidentiality_reviewed_at', 'is not', null);
}

function paragraphs(text: string | null): SafeHtml {
  return html`${(text ?? '')
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`)}`;
}

export async function latestReleasesSection(app: FastifyInstance): Promise<SafeHtml> {
  const rows = await publicReleases(app.ctx.db)
    .select(['releases.id', 'releases.title', 'releases.starts_at', 'units.name as unit_name'])
    .orderBy('releases.starts_at', 'desc')
    .limit(8)
    .execute();
  return html`<section class="card"><h2>最新发布</h2>${
    rows.length
      ? html`<ul class="list">${rows.map((r) => html`<li><a href="${SECTION}/${r.id}">${r.title}</a> <span class="muted">${r.unit_name} · ${formatDistrictDateTime(r.starts_at).slice(0, 10)}</span></li>`)}</ul><p><a href="${SECTION}">更多发布 »</a></p>`
      : html`<p class="muted">暂无发布。</p>`
  }</section>`;
}

export async function releasePages(app: FastifyInstance) {
  app.get(SECTION, { schema: { hide: true, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }) } }, async (request, reply) => {
    const { page } = request.query as { page: number };
    const [rows, total] = await Promise.all([
      publicReleases(app.ctx.db)
        .select(['releases.id', 'releases.title', 'releases.form', 'releases.starts_at', 'releases.summary', 'units.name as unit_name'])
        .orderBy('releases.starts_at', 'desc')
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
        .execute(),
      publicReleases(app.ctx.db)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    const pages = Math.max(1, Math.ceil(Number(total.n) / PAGE_SIZE));
    reply.type('text/html; charset=utf-8');
    return layout({
      title: '新闻发布',
      section: SECTION,
      body: html`<section class="card"><h2>新闻发布</h2>
${rows.length === 0 ? html`<p class="muted">暂无发布。</p>` : ''}
<ul class="list">${rows.map(
        (r) =>
          html`<li><a href="${SECTION}/${r.id}">${r.title}</a><br><span class="muted">${r.unit_name} · ${RELEASE_FORM_LABELS[r.form as ReleaseForm]} · ${formatDistrictDateTime(r.starts_at)}</span></li>`,
      )}</ul>
<p class="muted">第 ${page} / ${pages} 页　${page > 1 ? html`<a href="${SECTION}?page=${page - 1}">上一页</a>` : ''} ${page < pages ? html`<a href="${SECTION}?page=${page + 1}">下一页</a>` : ''}</p>
</section>`,
    });
  });

  app.get(`${SECTION}/:id`, { schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request, reply) => {
    const { id } = request.params as { id: number };
    const r = await publicReleases(app.ctx.db)
      .selectAll('releases')
      .select('units.name as unit_name')
      .where('releases.id', '=', id)
      .executeTakeFirst();
    reply.type('text/html; charset=utf-8');
    if (!r) {
      reply.code(404);
      return layout({ title: '未找到', section: SECTION, body: html`<section class="card"><h2>未找到</h2><p>该发布不存在或未公开。</p></section>` });
    }
    const categories = (JSON.parse(r.categories) as ContentCategory[]).map((c) => CONTENT_CATEGORY_LABELS[c]).join('、');
    return layout({
      title: r.title,
      section: SECTION,
      body: html`<article class="card">
<h2>${r.title}</h2>
<p class="muted">${r.unit_name} · ${RELEASE_FORM_LABELS[r.form as ReleaseForm]} · ${formatDistrictDateTime(r.starts_at)}${r.venue ? html` · ${r.venue}` : ''}</p>
<p class="muted">内容类别：${categories}</p>
${r.summary ? html`<p><strong>${r.summary}</strong></p>` : ''}
${paragraphs(r.body)}
${r.transcript ? html`<h3>实录</h3>${paragraphs(r.transcript)}` : raw('')}
</article>`,
    });
  });
}
