/**
 * A15.2: the news office is reminded of a review 2 workdays before it is due and on the day,
 * by durable jobs scheduled in the submission's transaction: once each, however often they run.
 */
import { CONFERENCE_STATUS_LABELS, UNDER_REVIEW_STATUSES, subtractWorkdays, type ConferenceStatus, type WorkdayCalendar } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import { notifyUsers } from '../notifications/service';
import * as repo from './repository';

export const REVIEW_REMINDER_JOB = 'conference.review_reminder';
const REMIND_BEFORE_WORKDAYS = 2;

export async function scheduleReviewReminders(app: AppContext, trx: Kysely<Database>, conferenceId: number, reviewDue: string, cal: WorkdayCalendar) {
  const before = subtractWorkdays(cal, reviewDue, REMIND_BEFORE_WORKDAYS);
  for (const [which, day] of [['before', before], ['due', reviewDue]] as const) {
    await app.jobs.schedule(trx, {
      kind: REVIEW_REMINDER_JOB,
      dedupeKey: `conference-review:${conferenceId}:${which}`,
      runAt: new Date(`${day}T09:00:00+08:00`),
      payload: { conferenceId, which },
    });
  }
}

export function registerConferenceJobs(app: AppContext): void {
  app.jobs.register(REVIEW_REMINDER_JOB, async (job) => {
    const { conferenceId, which } = job.payload as { conferenceId: number; which: 'before' | 'due' };
    const row = await repo.findConference(app.db, conferenceId);
    if (!row || row.review_passed_at || !UNDER_REVIEW_STATUSES.includes(row.status as ConferenceStatus)) return;
    const userIds = (await repo.newsOfficeUserIds(app.db)).map((u) => u.id);
    await app.db.transaction().execute((trx) =>
      notifyUsers(app, trx, userIds, {
        title: which === 'due' ? `今天是“${row.title}”发布文稿规范性审核的截止日` : `“${row.title}”的发布文稿须在 ${row.review_due} 前完成规范性审核`,
        body: `${row.unit_name}于 ${row.submission_date} 报送的新闻发布会申报（${CONFERENCE_STATUS_LABELS[row.status as ConferenceStatus]}），按第十五条（二）应在10个工作日内完成审核，截止 ${row.review_due}。`,
        link: `/console/conferences/${conferenceId}`,
        severity: which === 'due' ? 'urgent' : 'warning',
        dedupeKey: `conference-review:${conferenceId}:${which}`,
      }),
    );
  });
}
