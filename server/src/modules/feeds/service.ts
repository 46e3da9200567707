/**
 * Feeds the news office subscribes to (RSS/Atom), pulled every few minutes by a durable
 * recurring job: one pending job per feed, each run scheduling the next on the feed's grid
 * (so two chains of one feed fall onto the same keys and merge). A feed that fails is recorded
 * and tried again at the next slot; its items go through the opinions' one door (dedupe,
 * keyword rules) in the poll's transaction.
 */
import type { Selectable } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { OpinionFeedTable } from '../../db/schema';
import { notFound } from '../../errors';
import { ingest } from '../opinions/ingest';
import { canManageSources } from '../opinions/policy';
import { enabledRules } from '../opinions/repository';
import { parseFeed } from './parse';

export const FEED_POLL_JOB = 'opinions.feed_poll';
const FETCH_TIMEOUT_MS = 15_000;
const MAX_ENTRIES = 200;

type FeedRow = Selectable<OpinionFeedTable>;
type FeedInput = { name: string; url: string; intervalMinutes: number; enabled: boolean };

export function presentFeed(row: FeedRow) {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    intervalMinutes: row.interval_minutes,
    enabled: row.enabled === 1,
    lastPolledAt: row.last_polled_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    itemsFound: row.items_found,
  };
}

async function loadFeed(app: AppContext, id: number) {
  const row = await app.db.selectFrom('opinion_feeds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('订阅源');
  return row;
}

/** The next slot on the feed's grid after `now`. */
export function nextPollAt(now: Date, intervalMinutes: number): Date {
  const step = intervalMinutes * 60_000;
  return new Date((Math.floor(now.getTime() / step) + 1) * step);
}

const pollKey = (feedId: number, at: Date) => `feed-poll:${feedId}:${at.toISOString()}`;

async function schedulePoll(app: AppContext, db: AppContext['db'], feedId: number, at: Date) {
  await app.jobs.schedule(db, { kind: FEED_POLL_JOB, dedupeKey: pollKey(feedId, at), runAt: at, payload: { feedId } });
}

export async function listFeeds(app: AppContext, rc: RequestContext) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.feeds.read');
  return (await app.db.selectFrom('opinion_feeds').selectAll().orderBy('id').execute()).map(presentFeed);
}

/** A new or changed feed is polled at once, then on its interval. */
export async function saveFeed(app: AppContext, rc: RequestContext, id: number | null, input: FeedInput) {
  await authorize(app, rc, canManageSources(rc.actor), id ? 'opinions.feeds.update' : 'opinions.feeds.create');
  const before = id ? await loadFeed(app, id) : undefined;
  const at = app.now().toISOString();
  const values = { name: input.name, url: input.url, interval_minutes: input.intervalMinutes, enabled: input.enabled ? 1 : 0, updated_at: at };
  const savedId = await app.db.transaction().execute(async (trx) => {
    const saved = id
      ? (await trx.updateTable('opinion_feeds').set(values).where('id', '=', id).returning('id').executeTakeFirstOrThrow()).id
      : (await trx.insertInto('opinion_feeds').values({ ...values, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    await app.jobs.cancel(trx, `feed-poll:${saved}:`);
    if (input.enabled) await schedulePoll(app, trx, saved, app.now());
    await audit(app, rc, trx, { action: id ? 'opinion_feed.update' : 'opinion_feed.create', entity: 'opinion_feed', entityId: saved, before: before && presentFeed(before), after: input });
    return saved;
  });
  return presentFeed(await loadFeed(app, savedId));
}

async function fetchFeed(feed: FeedRow): Promise<{ status: 'not_modified' } | { status: 'ok'; body: string; etag: string | null; lastModified: string | null }> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5', 'user-agent': 'Fabutong-OpinionMonitor/1' };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.last_modified) headers['if-modified-since'] = feed.last_modified;
  const response = await fetch(feed.url, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  if (response.status === 304) return { status: 'not_modified' };
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { status: 'ok', body: await response.text(), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
}

export interface PollResult {
  fetched: number;
  created: number;
  duplicates: number;
  unmatched: number;
}

/** Pulls one feed now; a failure is recorded on the feed, never thrown. */
export async function pollFeed(app: AppContext, feedId: number): Promise<PollResult> {
  const result: PollResult = { fetched: 0, created: 0, duplicates: 0, unmatched: 0 };
  const feed = await app.db.selectFrom('opinion_feeds').selectAll().where('id', '=', feedId).executeTakeFirst();
  if (!feed) return result;
  const at = app.now().toISOString();
  try {
    const got = await fetchFeed(feed);
    if (got.status === 'not_modified') {
      await app.db.updateTable('opinion_feeds').set({ last_polled_at: at, last_status: 'not_modified', last_error: null }).where('id', '=', feedId).execute();
      return result;
    }
    const entries = parseFeed(got.body).slice(0, MAX_ENTRIES);
    result.fetched = entries.length;
    const rules = await enabledRules(app.db);
    await app.db.transaction().execute(async (trx) => {
      for (const e of entries) {
        const r = await ingest(app, trx, { title: e.title.slice(0, 300), link: e.link, source: feed.name, sourceKind: 'feed', feedId, firstSeenAt: at, excerpt: e.summary.slice(0, 1000) }, rules);
        if (r.status === 'created') result.created++;
        else if (r.status === 'duplicate') result.duplicates++;
        else result.unmatched++;
      }
      await trx
        .updateTable('opinion_feeds')
        .set((eb) => ({ etag: got.etag, last_modified: got.lastModified, last_polled_at: at, last_status: 'ok', last_error: null, items_found: eb('items_found', '+', result.created) }))
        .where('id', '=', feedId)
        .execute();
    });
  } catch (err) {
    const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
    const message =
      err instanceof Error
        ? err.name === 'TimeoutError'
          ? '连接超时'
          : err instanceof TypeError && err.message === 'fetch failed'
            ? `无法连接订阅源${cause?.code ? `（${cause.code}）` : ''}`
            : err.message
        : String(err);
    await app.db.updateTable('opinion_feeds').set({ last_polled_at: at, last_status: 'error', last_error: message.slice(0, 500) }).where('id', '=', feedId).execute();
  }
  return result;
}

/** "Poll now" from the console: what it found, and the feed as it is after. */
export async function pollFeedNow(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.feeds.poll');
  await loadFeed(app, id);
  const result = await pollFeed(app, id);
  return { result, feed: presentFeed(await loadFeed(app, id)) };
}

export function registerFeedJobs(app: AppContext): void {
  app.jobs.register(FEED_POLL_JOB, async (job) => {
    const { feedId } = job.payload as { feedId: number };
    const feed = await app.db.selectFrom('opinion_feeds').select(['enabled', 'interval_minutes']).where('id', '=', feedId).executeTakeFirst();
    if (!feed || feed.enabled !== 1) return;
    await pollFeed(app, feedId);
    await schedulePoll(app, app.db, feedId, nextPollAt(app.now(), feed.interval_minutes));
  });
}
