/**
 * The public emergency pages (A13.4, A5.4): `/incidents` and `/incidents/{id}` — the latest
 * authoritative information first, then the timeline of rolling updates — as plain HTML that
 * works without JavaScript and on a phone. A small script (CSP allows no inline script)
 * receives new updates over Server-Sent Events and puts them on the page.
 *
 * Pages are cached in memory: when everyone opens the page at once, it is rendered once.
 * Every change to an incident is a live event on its channel, and every server drops its
 * copy when it fans that event out (on PostgreSQL all servers hear it through NOTIFY), so a
 * published update reaches a new reader within a second, whichever server they hit.
 *
 * A18.5 is prevented here, not detected: only what went out, is public and has a recorded
 * confidentiality review is shown.
 */
import {
  CAUSES_UNCONFIRMED_LABEL,
  INCIDENT_GRADE_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_UPDATE_PART_LABELS,
  RELEASE_FORM_LABELS,
  formatDistrictDateTime,
  type IncidentGrade,
  type IncidentKind,
  type IncidentStatus,
  type ReleaseForm,
} from '@fabutong/core';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { html, type SafeHtml } from '../html';
import { layout } from '../layout';
import { publicReleases } from './releases';

export const SECTION = '/incidents';
export const incidentChannel = (id: number) => `incident-${id}`;
const CHANNEL_PREFIX = 'incident-';

/** One entry of the public timeline: a rolling update in four parts, or a release linked to the incident. */
export type TimelineItem =
  | {
      kind: 'update';
      key: string;
      at: string;
      title: string;
      source: string;
      sequence: number;
      facts: string;
      attitude: string | null;
      measures: string | null;
      causes: string | null;
      causesConfirmed: boolean;
      nextUpdateBy: string | null;
    }
  | { kind: 'release'; key: string; at: string; title: string; source: string; releaseId: number; form: ReleaseForm; summary: string | null };

function paragraphs(text: string | null): SafeHtml {
  return html`${(text ?? '')
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`)}`;
}

const time = (iso: string) => html`<time datetime="${iso}">${formatDistrictDateTime(iso)}</time>`;

/** One item as HTML: the page and the live event carry the same markup. */
export function renderTimelineItem(item: TimelineItem): SafeHtml {
  if (item.kind === 'release') {
    return html`<article class="tl-item" data-key="${item.key}">
<h3>${item.title}</h3>
<p class="muted">${time(item.at)} · ${RELEASE_FORM_LABELS[item.form]} · 来源：${item.source}</p>
${item.summary ? html`<p>${item.summary}</p>` : ''}
<p><a href="/releases/${item.releaseId}">查看详情 »</a></p>
</article>`;
  }
  const part = (name: 'facts' | 'attitude' | 'measures' | 'causes', text: string | null) =>
    text?.trim()
      ? html`<div class="part part-${name}"><h4>${INCIDENT_UPDATE_PART_LABELS[name]}${name === 'causes' && !item.causesConfirmed ? html` <span class="badge">${CAUSES_UNCONFIRMED_LABEL}</span>` : ''}</h4>${paragraphs(text)}</div>`
      : '';
  return html`<article class="tl-item" data-key="${item.key}">
<h3>${item.title}</h3>
<p class="muted">${time(item.at)} · 来源：${item.source} · 第 ${item.sequence} 次发布</p>
${part('facts', item.facts)}${part('attitude', item.attitude)}${part('measures', item.measures)}${part('causes', item.causes)}
${item.nextUpdateBy ? html`<p class="next">下一次发布预计在 ${time(item.nextUpdateBy)} 前</p>` : ''}
</article>`;
}

/** Published, public updates with their confidentiality review (A18.5), and the public releases linked to the incident. */
export async function timelineOf(db: Kysely<Database>, incidentId: number): Promise<TimelineItem[]> {
  const [updates, releases] = await Promise.all([
    db
      .selectFrom('incident_updates')
      .innerJoin('releases', 'releases.id', 'incident_updates.release_id')
      .select([
        'incident_updates.id',
        'incident_updates.sequence',
        'incident_updates.facts',
        'incident_updates.attitude',
        'incident_updates.measures',
        'incident_updates.causes',
        'incident_updates.causes_confirmed',
        'incident_updates.source',
        'incident_updates.next_update_by',
        'incident_updates.published_at',
        'releases.title',
      ])
      .where('incident_updates.incident_id', '=', incidentId)
      .where('incident_updates.status', '=', 'published')
      .where('releases.status', '=', 'published')
      .where('releases.is_public', '=', 1)
      .where('releases.confidentiality_reviewed_at', 'is not', null)
      .execute(),
    publicReleases(db)
      .leftJoin('incident_updates', 'incident_updates.release_id', 'releases.id')
      .select(['releases.id', 'releases.title', 'releases.form', 'releases.starts_at', 'releases.summary', 'units.name as unit_name'])
      .where('releases.incident_id', '=', incidentId)
      .where('incident_updates.id', 'is', null)
      .execute(),
  ]);
  const items: TimelineItem[] = [
    ...updates.map((u) => updateItem({ ...u, published_at: u.published_at! })),
    ...releases.map(
      (r): TimelineItem => ({ kind: 'release', key: `r${r.id}`, at: r.starts_at, title: r.title, source: r.unit_name, releaseId: r.id, form: r.form as ReleaseForm, summary: r.summary }),
    ),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key));
}

export function updateItem(u: {
  id: number;
  sequence: number;
  facts: string;
  attitude: string | null;
  measures: string | null;
  causes: string | null;
  causes_confirmed: number;
  source: string;
  next_update_by: string | null;
  published_at: string;
  title: string;
}): TimelineItem {
  return {
    kind: 'update',
    key: `u${u.id}`,
    at: u.published_at,
    title: u.title,
    source: u.source,
    sequence: u.sequence,
    facts: u.facts,
    attitude: u.attitude,
    measures: u.measures,
    causes: u.causes,
    causesConfirmed: u.causes_confirmed === 1,
    nextUpdateBy: u.next_update_by,
  };
}

/** Public, and its public facts passed the confidentiality review (A18.5). */
function publicIncidents(db: Kysely<Database>) {
  return db
    .selectFrom('incidents')
    .innerJoin('units', 'units.id', 'incidents.responsible_unit_id')
    .where('incidents.is_public', '=', 1)
    .where('incidents.confidentiality_reviewed_at', 'is not', null);
}

const gradeText = (grade: string) => `${grade}级（${INCIDENT_GRADE_LABELS[grade as IncidentGrade]}）`;

/** The portal home shows incidents being handled, first, while there are any. */
export async function activeIncidentsSection(app: FastifyInstance): Promise<SafeHtml> {
  const rows = await publicIncidents(app.ctx.db)
    .select(['incidents.id', 'incidents.title', 'incidents.grade', 'incidents.occurred_at', 'incidents.location'])
    .where('incidents.status', '=', 'active')
    .orderBy('incidents.occurred_at', 'desc')
    .limit(5)
    .execute();
  if (rows.length === 0) return html``;
  return html`<section class="card" style="border-color:#ffccc7"><h2>突发事件信息发布</h2><ul class="list">${rows.map(
    (r) => html`<li><a href="${SECTION}/${r.id}">${r.title}</a> <span class="badge">${gradeText(r.grade)}</span> <span class="muted">${r.location} · ${formatDistrictDateTime(r.occurred_at)}</span></li>`,
  )}</ul><p><a href="${SECTION}">全部突发事件信息 »</a></p></section>`;
}

const PAGE_CSS = `
.incident-head .facts{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px}
.live-status{font-size:13px;margin:0 0 8px}
.live-status[data-state=open]::before{content:"● ";color:#389e0d}
.live-status[data-state=retrying]::before{content:"● ";color:#d48806}
.latest{border:2px solid var(--red)}
.latest h2{color:var(--red)}
.tl-item h3{margin:0 0 2px;font-size:17px}
.tl-item h4{margin:10px 0 2px;font-size:15px}
.tl-item .part p{margin:2px 0}
.tl-item .next{margin:8px 0 0;color:#ad4e00}
.tl-item.fresh{animation:fresh 3s ease-out}
@keyframes fresh{from{background:#fff7e6}to{background:transparent}}
ol.timeline{list-style:none;margin:0;padding:0 0 0 14px;border-left:3px solid var(--line)}
ol.timeline>li{position:relative;padding:0 0 16px 10px}
ol.timeline>li::before{content:"";position:absolute;left:-22px;top:8px;width:11px;height:11px;border-radius:50%;background:var(--red)}
`;

/**
 * Connects to the page's event stream and puts each new update on the page; any other change
 * fetches the page again. The browser reconnects by itself with Last-Event-ID; after a
 * refusal it is reconnected by hand from the last event seen, so nothing is lost.
 */
const LIVE_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('incident-live');
  if (!root || !window.EventSource) return;
  var status = document.getElementById('live-status');
  var lastId = root.getAttribute('data-last-event-id') || '';
  var source = null;
  var show = function (state, text) { if (status) { status.hidden = false; status.setAttribute('data-state', state); status.textContent = text; } };
  var place = function (html) {
    var box = document.createElement('div');
    box.innerHTML = html;
    var item = box.firstElementChild;
    if (!item) return;
    var key = item.getAttribute('data-key');
    var timeline = document.getElementById('incident-timeline');
    if (timeline.querySelector('[data-key="' + key + '"]')) return;
    var empty = document.getElementById('incident-empty');
    if (empty) empty.remove();
    var li = document.createElement('li');
    li.appendChild(item.cloneNode(true));
    timeline.insertBefore(li, timeline.firstChild);
    item.classList.add('fresh');
    var latest = document.getElementById('incident-latest');
    latest.replaceChildren(item);
  };
  var reload = function () {
    fetch(location.pathname, { headers: { accept: 'text/html' } }).then(function (r) { return r.ok ? r.text() : null; }).then(function (text) {
      if (!text) return;
      var next = new DOMParser().parseFromString(text, 'text/html');
      ['incident-head-live', 'incident-latest', 'incident-timeline'].forEach(function (id) {
        var a = document.getElementById(id), b = next.getElementById(id);
        if (a && b) a.replaceWith(document.importNode(b, true));
      });
    });
  };
  var connect = function () {
    source = new EventSource(root.getAttribute('data-stream') + (lastId ? '?lastEventId=' + encodeURIComponent(lastId) : ''));
    source.onopen = function () { show('open', '实时更新已连接，新的发布信息会自动显示'); };
    source.addEventListener('update', function (e) { lastId = e.lastEventId || lastId; place(JSON.parse(e.data).html); });
    source.addEventListener('changed', function (e) { lastId = e.lastEventId || lastId; reload(); });
    source.onerror = function () {
      show('retrying', '实时更新连接中断，正在重新连接…');
      if (source.readyState === 2) { source.close(); setTimeout(connect, 5000); }
    };
  };
  connect();
})();
`;

/**
 * In-memory page cache, of encoded bytes (not strings: encoding 10 kB on every request is most of
 * the work left); a generation per incident keeps a render that raced an invalidation from being stored.
 */
function createPageCache() {
  const pages = new Map<number, Buffer>();
  const generations = new Map<number, number>();
  let index: string | null = null;
  let indexGeneration = 0;
  return {
    get: (id: number) => pages.get(id),
    generation: (id: number) => generations.get(id) ?? 0,
    store(id: number, generation: number, page: Buffer) {
      if ((generations.get(id) ?? 0) === generation) pages.set(id, page);
    },
    drop(id: number) {
      pages.delete(id);
      generations.set(id, (generations.get(id) ?? 0) + 1);
      index = null;
      indexGeneration++;
    },
    index: () => index,
    indexGeneration: () => indexGeneration,
    storeIndex(generation: number, page: string) {
      if (generation === indexGeneration) index = page;
    },
  };
}

/** Headers a response carries whatever its route: not the security headers to copy. */
const OWN_HEADERS = new Set(['content-type', 'content-length', 'cache-control', 'date', 'connection', 'keep-alive', 'etag', 'last-modified', 'vary']);

/**
 * The security headers of the site, as @fastify/helmet sets them (app.ts configures it). Helmet
 * builds its whole middleware again on every request; the incident page is what everyone opens
 * at once, so its routes skip helmet and copy the headers from one response that went through it.
 */
function securityHeaders(app: FastifyInstance) {
  let headers: Record<string, string> | null = null;
  return async () =>
    (headers ??= Object.fromEntries(
      Object.entries((await app.inject('/portal.css')).headers).filter((e): e is [string, string] => !OWN_HEADERS.has(e[0]) && typeof e[1] === 'string'),
    ));
}

/** The incident id of a path, or null: parsed by hand on the hot routes, where a schema validator would cost more than the page. */
function incidentId(params: unknown): number | null {
  const raw = (params as { id?: string }).id ?? '';
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  return id <= 2 ** 31 - 1 ? id : null;
}

export async function incidentPages(app: FastifyInstance) {
  const cache = createPageCache();
  const securityHeadersOnce = securityHeaders(app);
  app.ctx.realtime.onEvent((event) => {
    if (event.channel.startsWith(CHANNEL_PREFIX)) cache.drop(Number(event.channel.slice(CHANNEL_PREFIX.length)));
  });

  app.get(`${SECTION}/live.js`, { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300');
    return LIVE_SCRIPT;
  });
  app.get(`${SECTION}/page.css`, { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300');
    return PAGE_CSS;
  });

  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    const cached = cache.index();
    if (cached) return cached;
    const generation = cache.indexGeneration();
    const rows = await publicIncidents(app.ctx.db)
      .select(['incidents.id', 'incidents.title', 'incidents.kind', 'incidents.grade', 'incidents.occurred_at', 'incidents.location', 'incidents.status', 'units.name as unit_name'])
      .orderBy('incidents.status')
      .orderBy('incidents.occurred_at', 'desc')
      .limit(100)
      .execute();
    const page = layout({
      title: '突发事件信息发布',
      section: SECTION,
      body: html`<section class="card"><h2>突发事件信息发布</h2>
${rows.length === 0 ? html`<p class="muted">暂无突发事件信息。</p>` : ''}
<ul class="list">${rows.map(
        (r) =>
          html`<li><a href="${SECTION}/${r.id}">${r.title}</a> <span class="badge">${INCIDENT_STATUS_LABELS[r.status as IncidentStatus]}</span><br><span class="muted">${INCIDENT_KIND_LABELS[r.kind as IncidentKind]} · ${gradeText(r.grade)} · ${r.location} · ${formatDistrictDateTime(r.occurred_at)}</span></li>`,
      )}</ul></section>`,
    });
    cache.storeIndex(generation, page);
    return page;
  });

  const notFoundPage = () => layout({ title: '未找到', section: SECTION, body: html`<section class="card"><h2>未找到</h2><p>该突发事件信息不存在或未公开。</p></section>` });

  app.get(`${SECTION}/:id`, { schema: { hide: true }, helmet: false }, async (request, reply) => {
    reply.headers(await securityHeadersOnce()).type('text/html; charset=utf-8');
    const id = incidentId(request.params);
    const cached = id === null ? undefined : cache.get(id);
    if (cached) return cached;
    const generation = id === null ? 0 : cache.generation(id);
    const html = id === null ? null : await renderIncidentPage(app, id);
    if (!html) return reply.code(404).send(notFoundPage());
    const page = Buffer.from(html);
    cache.store(id!, generation, page);
    return page;
  });

  app.get(`${SECTION}/:id/events`, { schema: { hide: true }, helmet: false }, async (request, reply) => {
    const id = incidentId(request.params);
    if (id === null) return reply.code(404).type('text/plain; charset=utf-8').send('该突发事件信息不存在或未公开');
    if (!cache.get(id)) {
      const incident = await publicIncidents(app.ctx.db).select('incidents.id').where('incidents.id', '=', id).executeTakeFirst();
      if (!incident) return reply.code(404).type('text/plain; charset=utf-8').send('该突发事件信息不存在或未公开');
    }
    return app.ctx.realtime.stream(request, reply, incidentChannel(id));
  });
}

async function renderIncidentPage(app: FastifyInstance, id: number): Promise<string | null> {
  const db = app.ctx.db;
  // The last event first: whatever committed after it reaches the reader over the stream.
  const last = await db
    .selectFrom('live_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('channel', '=', incidentChannel(id))
    .executeTakeFirst();
  const incident = await publicIncidents(db)
    .select([
      'incidents.id',
      'incidents.title',
      'incidents.kind',
      'incidents.grade',
      'incidents.occurred_at',
      'incidents.location',
      'incidents.status',
      'incidents.field_command',
      'units.name as unit_name',
    ])
    .where('incidents.id', '=', id)
    .executeTakeFirst();
  if (!incident) return null;
  const items = await timelineOf(db, id);
  const [latest] = items;
  return layout({
    title: incident.title,
    section: SECTION,
    head: html`<link rel="stylesheet" href="${SECTION}/page.css"><script src="${SECTION}/live.js" defer></script>`,
    body: html`<article class="card incident-head">
<h2>${incident.title}</h2>
<ul class="facts muted" id="incident-head-live">
<li>${INCIDENT_KIND_LABELS[incident.kind as IncidentKind]} · ${gradeText(incident.grade)}</li>
<li>发生时间：${time(incident.occurred_at)}</li>
<li>地点：${incident.location}</li>
<li>发布主体：${incident.field_command ?? incident.unit_name}</li>
<li>状态：${INCIDENT_STATUS_LABELS[incident.status as IncidentStatus]}</li>
</ul>
</article>
<div id="incident-live" data-stream="${SECTION}/${id}/events" data-last-event-id="${String(last?.id ?? '')}">
<p class="live-status muted" id="live-status" role="status" hidden></p>
<section class="card latest" aria-live="polite"><h2>最新权威信息</h2><div id="incident-latest">${
      latest ? renderTimelineItem(latest) : html`<p class="muted" id="incident-empty">权威信息正在核实中，请以本页后续发布为准。</p>`
    }</div></section>
<section class="card"><h2>滚动发布时间线</h2><ol class="timeline" id="incident-timeline">${items.map((item) => html`<li>${renderTimelineItem(item)}</li>`)}</ol></section>
</div>`,
  });
}
