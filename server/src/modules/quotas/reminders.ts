/**
 * On the first workday of each month, everyone answerable for a quota that is at risk gets an
 * in-app reminder: once per subject, rule and month, however often the job runs.
 */
import { RULE_SETS, districtDate, isWorkday, yearOf, type QuotaResult } from '@fabutong/core';
import type { AppContext } from '../../context';
import { workdays } from '../calendar/service';
import { notifyUsers } from '../notifications/service';
import { quotaReport } from './service';

export const QUOTA_REMINDER_JOB = 'quota.monthly_reminders';

async function firstWorkdayOf(app: AppContext, month: string): Promise<string> {
  const calendar = await workdays(app);
  for (let day = 1; day <= 28; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (isWorkday(calendar, date)) return date;
  }
  return `${month}-01`;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Schedules this month's reminders if their day is still ahead (or today), else next month's. */
export async function scheduleQuotaReminders(app: AppContext): Promise<void> {
  const today = districtDate(app.now());
  let month = today.slice(0, 7);
  if ((await firstWorkdayOf(app, month)) < today) month = nextMonth(month);
  const day = await firstWorkdayOf(app, month);
  await app.jobs.schedule(app.db, { kind: QUOTA_REMINDER_JOB, dedupeKey: `quota-reminders:${month}`, runAt: new Date(`${day}T09:00:00+08:00`), payload: { month } });
}

async function recipients(app: AppContext, result: QuotaResult): Promise<number[]> {
  const byPerson =
    result.subject.kind === 'person' && result.subject.personId !== undefined
      ? await app.db.selectFrom('users').select('id').where('person_id', '=', result.subject.personId).where('disabled', '=', 0).execute()
      : [];
  const byUnit = await app.db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.id')
    .where('role_grants.unit_id', '=', result.subject.unitId)
    .where('role_grants.role', 'in', result.subject.kind === 'unit' ? ['unit_approver', 'unit_editor'] : ['unit_editor'])
    .where('users.disabled', '=', 0)
    .execute();
  return [...byPerson, ...byUnit].map((u) => u.id);
}

export async function sendQuotaReminders(app: AppContext, month: string): Promise<number> {
  const year = Number(month.slice(0, 4));
  if (year < yearOf(RULE_SETS[0]!.effectiveFrom)) return 0;
  const report = await quotaReport(app, year, `${month}-01` > districtDate(app.now()) ? `${month}-01` : districtDate(app.now()));
  let sent = 0;
  for (const result of report.results.filter((r) => r.status === 'at_risk')) {
    const subjectKey = result.subject.kind === 'person' ? `person:${result.subject.personId}` : `unit:${result.subject.unitId}`;
    // Read before the transaction: on SQLite the transaction holds the one connection.
    const userIds = await recipients(app, result);
    sent += await app.db.transaction().execute(async (trx) =>
      notifyUsers(app, trx, userIds, {
        title: `${result.subject.kind === 'person' ? result.subject.name : result.subject.unitName}：${result.rule} 年度发布任务有完不成的风险`,
        body: result.explanation,
        link: `/console/quotas?year=${year}&unitId=${result.subject.unitId}`,
        severity: 'warning',
        dedupeKey: `quota:${result.rule}:${subjectKey}:${month}`,
      }),
    );
  }
  return sent;
}

export function registerQuotaReminders(app: AppContext): void {
  app.jobs.register(QUOTA_REMINDER_JOB, async (job) => {
    const { month } = job.payload as { month: string };
    // The month was scheduled before its year's holidays were published: wait for the real first workday.
    const day = await firstWorkdayOf(app, month);
    if (day > districtDate(app.now())) {
      await app.jobs.schedule(app.db, { kind: QUOTA_REMINDER_JOB, dedupeKey: `quota-reminders:${month}:${day}`, runAt: new Date(`${day}T09:00:00+08:00`), payload: { month } });
      return;
    }
    await sendQuotaReminders(app, month);
    await app.jobs.schedule(app.db, {
      kind: QUOTA_REMINDER_JOB,
      dedupeKey: `quota-reminders:${nextMonth(month)}`,
      runAt: new Date(`${await firstWorkdayOf(app, nextMonth(month))}T09:00:00+08:00`),
      payload: { month: nextMonth(month) },
    });
  });
}
