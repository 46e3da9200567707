import { INCIDENT_GRADE_LABELS, type IncidentGrade } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../locales';
import type { Clock } from './types';

/** The time now, ticking every `everyMs`: countdowns move without asking the server. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function span(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? t('incidents.clock.hours', { h, m }) : t('incidents.clock.minutes', { m, s: String(s).padStart(2, '0') });
}

export type ClockTone = 'met' | 'metLate' | 'calm' | 'soon' | 'urgent' | 'overdue';

/** The colour of a clock: calm, within 2 h, within 30 min, overdue; met on time or late. */
export function clockTone(clock: Clock, now: number): ClockTone {
  if (clock.status === 'met') return clock.late ? 'metLate' : 'met';
  const left = Date.parse(clock.due) - now;
  if (left < 0) return 'overdue';
  if (left <= 30 * 60_000) return 'urgent';
  if (left <= 2 * 3_600_000) return 'soon';
  return 'calm';
}

export const TONE_COLOUR: Record<ClockTone, string> = { met: 'success', metLate: 'volcano', calm: 'processing', soon: 'orange', urgent: 'red', overdue: 'red' };

export function clockText(clock: Clock, now: number): string {
  if (clock.status === 'met') return clock.late ? t('incidents.clock.metLate') : t('incidents.clock.met');
  const left = Date.parse(clock.due) - now;
  return left >= 0 ? t('incidents.clock.left', { left: span(left) }) : t('incidents.clock.overdue', { late: span(-left) });
}

/** A clock in a line: its rule, a coloured countdown, its deadline. */
export function ClockTag({ clock, now }: { clock: Clock; now: number }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{clock.rule} </Typography.Text>
      <Tag color={TONE_COLOUR[clockTone(clock, now)]} style={{ marginInlineEnd: 0 }} data-clock={clock.rule} data-status={clock.status}>
        {clockText(clock, now)}
      </Tag>
      <Typography.Text type="secondary"> {t('incidents.clock.due', { due: formatDistrictDateTime(clock.due).slice(5) })}</Typography.Text>
    </span>
  );
}

/** "II级 重大". */
export const gradeLabel = (grade: IncidentGrade) => t('incidents.grade', { grade, label: INCIDENT_GRADE_LABELS[grade] });
