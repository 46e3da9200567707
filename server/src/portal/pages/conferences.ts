/**
 * The public side of A15.6: the announcement of each approved conference (time, place, topic,
 * live link), its live text-and-picture broadcast, and iCalendar and RSS feeds.
 *
 * The page is complete as served; a small external script (the CSP forbids inline ones) adds
 * new posts as they arrive over Server-Sent Events, so readers need not reload.
 */
import { CONFERENCE_STATUS_LABELS, PUBLIC_STATUSES, formatDistrictDateTime, type ConferenceStatus } from '@fabutong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { findFile, sendFile } from '../../modules/files/storage';
import { liveChannel } from '../../modules/conferences/service';
import { escapeHtml, html, type SafeHtml } from '../html';
import { DISTRICT, layout } from '../layout';

export const SECTION = '/conferences';
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const PictureParams = z.object({ id: z.coerce.number().int().positive(), fileId: z.coerce.number().int().positive() });

/** What the public may see: conferences announced (and later), never drafts or applications under review. */
function publicConferences(db: Kysely<Database>) {
  return db
    .selectFrom('conferences')
    .innerJoin('units', 'units.id', 'conferences.unit_id')
    .innerJoin('venues', 'venues.id', 'conferences.venue_id')
    .select([
      'conferences.id',
      'conferences.title',
      'conferences.in_name_of',
      'conferences.starts_at',
      'conferences.ends_at',
      'conferences.status',
      'conferences.summary',
      'conferences.live_video_url',
      'conferences.announced_at',
      'conferences.release_id',
      'units.name as unit_name',
      'venues.name as venue_name',
      'venues.address as venue_address',
    ])
    .where('conferences.status', 'in', [...PUBLIC_STATUSES]);
}

type PublicConference = Awaited<ReturnType<ReturnType<typeof publicConferences>['execute']>>[number];

const hostOf = (c: PublicConference) => (c.in_name_of === 'district_gov' ? '武隆区人民政府' : DISTRICT.office);
const place = (c: PublicConference) => `${c.venue_name}${c.venue_address ? `（${c.venue_address}）` : ''}`;

function listItem(c: PublicConference): SafeHtml {
  return html`<li><a href="${SECTION}/${c.id}">${c.title}</a> ${c.status === 'live' ? html`<span class="badge">直播中</span>` : ''}<br><span class="muted">${formatDistrictDateTime(c.starts_at)} · ${c.venue_name}</span></li>`;
}

export async function upcomingConferencesSection(app: FastifyInstance): Promise<SafeHtml> {
  const rows = await publicConferences(app.ctx.db).where('conferences.status', 'in', ['announced', 'live']).orderBy('conferences.starts_at').limit(5).execute();
  return html`<section class="card"><h2>新闻发布会预告</h2>${
    rows.length ? html`<ul class="list">${rows.map(listItem)}</ul>` : html`<p class="muted">近期暂无新闻发布会。</p>`
  }<p><a href="${SECTION}">全部新闻发布会 »</a></p></section>`;
}

const FEED_LINKS = html`<link rel="alternate" type="application/rss+xml" title="武隆区新闻发布会" href="/feeds/conferences.rss">
<link rel="alternate" type="text/calendar" title="武隆区新闻发布会日程" href="/feeds/conferences.ics">`;

async function lastEventId(db: Kysely<Database>, channel: string): Promise<number> {
  const row = await db.selectFrom('live_events').select((eb) => eb.fn.max('id').as('id')).where('channel', '=', channel).executeTakeFirst();
  return Number(row?.id ?? 0);
}

function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export async function conferencePages(app: FastifyInstance) {
  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => {
    const rows = await publicConferences(app.ctx.db).orderBy('conferences.starts_at', 'desc').limit(200).execute();
    const upcoming = rows.filter((r) => r.status === 'announced' || r.status === 'live').reverse();
    const past = rows.filter((r) => r.status === 'held' || r.status === 'archived');
    reply.type('text/html; charset=utf-8');
    return layout({
      title: '新闻发布会',
      section: SECTION,
      head: FEED_LINKS,
      body: html`<section class="card"><h2>新闻发布会预告</h2>
${upcoming.length ? html`<ul class="list">${upcoming.map(listItem)}</ul>` : html`<p class="muted">近期暂无新闻发布会。</p>`}
<p class="muted">订阅：<a href="/feeds/conferences.ics">日历（iCalendar）</a> · <a href="/feeds/conferences.rss">RSS</a></p></section>
<section class="card"><h2>往期发布会</h2>
${past.length ? html`<ul class="list">${past.map(listItem)}</ul>` : html`<p class="muted">暂无。</p>`}</section>`,
    });
  });

  app.get(`${SECTION}/:id`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const { id } = request.params as { id: number };
    const c = await publicConferences(app.ctx.db).where('conferences.id', '=', id).executeTakeFirst();
    reply.type('text/html; charset=utf-8');
    if (!c) {
      reply.code(404);
      return layout({ title: '未找到', section: SECTION, body: html`<section class="card"><h2>未找到</h2><p>该新闻发布会不存在或尚未发布预告。</p></section>` });
    }
    const [posts, lastId] = await Promise.all([
      app.ctx.db.selectFrom('conference_live_posts').selectAll().where('conference_id', '=', id).orderBy('id', 'desc').execute(),
      lastEventId(app.ctx.db, liveChannel(id)),
    ]);
    const open = c.status === 'announced' || c.status === 'live';
    return layout({
      title: c.title,
      section: SECTION,
      head: html`${FEED_LINKS}
<link rel="stylesheet" href="${SECTION}/live.css">
${open ? html`<script src="${SECTION}/live.js" defer></script>` : ''}`,
      body: html`<article class="card conference">
<h2>${c.title}</h2>
<p><span class="badge" id="live-status">${CONFERENCE_STATUS_LABELS[c.status as ConferenceStatus]}</span></p>
<table>
<tr><th scope="row">时间</th><td>${formatDistrictDateTime(c.starts_at)} 至 ${formatDistrictDateTime(c.ends_at).slice(11)}</td></tr>
<tr><th scope="row">地点</th><td>${place(c)}</td></tr>
<tr><th scope="row">主办</th><td>${hostOf(c)}</td></tr>
<tr><th scope="row">发布单位</th><td>${c.unit_name}</td></tr>
<tr><th scope="row">视频直播</th><td id="live-video">${c.live_video_url ? html`<a href="${c.live_video_url}" rel="noopener">${c.live_video_url}</a>` : '本场以网络图文直播为主'}</td></tr>
</table>
${c.summary ? html`<p>${c.summary}</p>` : ''}
${c.release_id ? html`<p><a href="/releases/${c.release_id}">查看发布内容和实录 »</a></p>` : ''}
</article>
<section class="card"><h2>网络图文直播</h2>
${open ? html`<p class="muted">直播内容会自动出现在下方；如未更新，请<a href="${SECTION}/${c.id}">刷新页面</a>。</p>` : ''}
<ol class="live" id="live-posts" reversed data-stream="${SECTION}/${c.id}/live?lastEventId=${lastId}" data-conference="${c.id}">
${posts.map(
  (p) => html`<li id="post-${p.id}"><time datetime="${p.created_at}">${formatDistrictDateTime(p.created_at).slice(11)}</time>${p.body ? html`<p>${p.body}</p>` : ''}${
    p.picture_file_id ? html`<img src="${SECTION}/${c.id}/pictures/${p.picture_file_id}" alt="现场图片" loading="lazy">` : ''
  }</li>`,
)}
</ol>
${posts.length === 0 ? html`<p class="muted" id="live-empty">直播尚未开始。</p>` : ''}
</section>`,
    });
  });

  app.get(`${SECTION}/:id/live`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const { id } = request.params as { id: number };
    const c = await publicConferences(app.ctx.db).where('conferences.id', '=', id).executeTakeFirst();
    if (!c) {
      reply.code(404).type('text/plain; charset=utf-8');
      return '该新闻发布会不存在或尚未发布预告';
    }
    return app.ctx.realtime.stream(request, reply, liveChannel(id));
  });

  app.get(`${SECTION}/:id/pictures/:fileId`, { schema: { hide: true, params: PictureParams } }, async (request, reply) => {
    const { id, fileId } = request.params as { id: number; fileId: number };
    const shown = await app.ctx.db
      .selectFrom('conference_live_posts')
      .innerJoin('conferences', 'conferences.id', 'conference_live_posts.conference_id')
      .select('conference_live_posts.id')
      .where('conference_live_posts.conference_id', '=', id)
      .where('conference_live_posts.picture_file_id', '=', fileId)
      .where('conferences.status', 'in', [...PUBLIC_STATUSES])
      .executeTakeFirst();
    const file = shown ? await findFile(app.ctx.db, fileId) : undefined;
    if (!file) {
      reply.code(404).type('text/plain; charset=utf-8');
      return '图片不存在';
    }
    return sendFile(app.ctx, reply, file);
  });

  app.get(`${SECTION}/live.js`, { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300');
    return LIVE_SCRIPT;
  });

  app.get(`${SECTION}/live.css`, { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600');
    return LIVE_CSS;
  });

  app.get('/feeds/conferences.ics', { schema: { hide: true } }, async (request, reply) => {
    const rows = await feedRows(app.ctx.db);
    reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="conferences.ics"');
    return icalendar(rows, origin(request), app.ctx.now());
  });

  app.get('/feeds/conferences.rss', { schema: { hide: true } }, async (request, reply) => {
    const rows = await feedRows(app.ctx.db);
    reply.type('application/rss+xml; charset=utf-8');
    return rss(rows, origin(request), app.ctx.now());
  });
}

/** Announced conferences, and those withdrawn after their announcement (so calendars drop them). */
function feedRows(db: Kysely<Database>) {
  return db
    .selectFrom('conferences')
    .innerJoin('units', 'units.id', 'conferences.unit_id')
    .innerJoin('venues', 'venues.id', 'conferences.venue_id')
    .select([
      'conferences.id',
      'conferences.title',
      'conferences.in_name_of',
      'conferences.starts_at',
      'conferences.ends_at',
      'conferences.status',
      'conferences.summary',
      'conferences.live_video_url',
      'conferences.announced_at',
      'conferences.release_id',
      'conferences.updated_at',
      'units.name as unit_name',
      'venues.name as venue_name',
      'venues.address as venue_address',
    ])
    .where('conferences.announced_at', 'is not', null)
    .where('conferences.status', 'in', [...PUBLIC_STATUSES, 'withdrawn'])
    .orderBy('conferences.starts_at', 'desc')
    .limit(500)
    .execute();
}

type FeedRow = Awaited<ReturnType<typeof feedRows>>[number];

const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function description(c: FeedRow, url: string): string {
  return [`时间：${formatDistrictDateTime(c.starts_at)}`, `地点：${c.venue_name}${c.venue_address ? `（${c.venue_address}）` : ''}`, `发布单位：${c.unit_name}`, c.summary, c.live_video_url ? `视频直播：${c.live_video_url}` : `网络图文直播：${url}`]
    .filter(Boolean)
    .join('\n');
}

export function icalendar(rows: FeedRow[], base: string, now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wulong District News Office//Fabutong//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText('武隆区新闻发布会')}`, 'X-WR-TIMEZONE:Asia/Shanghai'];
  for (const c of rows) {
    const url = `${base}${SECTION}/${c.id}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:conference-${c.id}@fabutong`,
      `DTSTAMP:${icsTime(now.toISOString())}`,
      `LAST-MODIFIED:${icsTime(new Date(c.updated_at).toISOString())}`,
      `DTSTART:${icsTime(c.starts_at)}`,
      `DTEND:${icsTime(c.ends_at)}`,
      `SUMMARY:${icsText(c.title)}`,
      `LOCATION:${icsText(`${c.venue_name}${c.venue_address ? `（${c.venue_address}）` : ''}`)}`,
      `DESCRIPTION:${icsText(description(c, url))}`,
      `URL:${url}`,
      `STATUS:${c.status === 'withdrawn' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

const xml = (s: string) => escapeHtml(s);
const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rss(rows: FeedRow[], base: string, now: Date): string {
  const items = rows
    .filter((c) => c.status !== 'withdrawn')
    .map((c) => {
      const url = `${base}${SECTION}/${c.id}`;
      return `<item><title>${xml(`${c.title}（${formatDistrictDateTime(c.starts_at)}）`)}</title><link>${xml(url)}</link><guid isPermaLink="false">conference-${c.id}</guid><pubDate>${rfc822(c.announced_at ?? c.starts_at)}</pubDate><description>${xml(description(c, url))}</description></item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${xml(`${DISTRICT.name}新闻发布会`)}</title>
<link>${xml(`${base}${SECTION}`)}</link>
<description>${xml(`${DISTRICT.office}发布的新闻发布会预告`)}</description>
<language>zh-cn</language>
<lastBuildDate>${now.toUTCString()}</lastBuildDate>
${items}
</channel></rss>
`;
}

/** Progressive enhancement: new posts, status and video link arrive over SSE. */
const LIVE_SCRIPT = `(function () {
  'use strict';
  var list = document.getElementById('live-posts');
  if (!list || !window.EventSource) return;
  var id = list.getAttribute('data-conference');
  var source = new EventSource(list.getAttribute('data-stream'));
  var clock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  source.addEventListener('post', function (e) {
    var p = JSON.parse(e.data);
    if (document.getElementById('post-' + p.id)) return;
    var li = document.createElement('li');
    li.id = 'post-' + p.id;
    var time = document.createElement('time');
    time.setAttribute('datetime', p.at);
    time.textContent = clock.format(new Date(p.at));
    li.appendChild(time);
    if (p.body) {
      var text = document.createElement('p');
      text.textContent = p.body;
      li.appendChild(text);
    }
    if (p.pictureFileId) {
      var img = document.createElement('img');
      img.src = '/conferences/' + id + '/pictures/' + p.pictureFileId;
      img.alt = '现场图片';
      li.appendChild(img);
    }
    list.insertBefore(li, list.firstChild);
    var empty = document.getElementById('live-empty');
    if (empty) empty.parentNode.removeChild(empty);
  });
  source.addEventListener('status', function (e) {
    var s = JSON.parse(e.data);
    var badge = document.getElementById('live-status');
    if (badge) badge.textContent = s.label;
    if (s.status === 'held' || s.status === 'withdrawn') source.close();
  });
  source.addEventListener('video', function (e) {
    var v = JSON.parse(e.data);
    var cell = document.getElementById('live-video');
    if (!cell) return;
    cell.textContent = '';
    if (v.liveVideoUrl) {
      var a = document.createElement('a');
      a.href = v.liveVideoUrl;
      a.rel = 'noopener';
      a.textContent = v.liveVideoUrl;
      cell.appendChild(a);
    } else cell.textContent = '本场以网络图文直播为主';
  });
})();
`;

const LIVE_CSS = `
ol.live{list-style:none;margin:0;padding:0}
ol.live li{border-left:3px solid var(--red);padding:4px 0 8px 12px;margin:0 0 12px}
ol.live time{color:var(--muted);font-size:13px}
ol.live p{margin:4px 0}
ol.live img{max-width:100%;height:auto;border-radius:4px;margin-top:4px}
.conference th{width:6em;white-space:nowrap}
`;

