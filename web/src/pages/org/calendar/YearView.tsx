import { Col, Flex, Grid, Row, Tooltip, Typography, theme } from 'antd';
import type { CSSProperties } from 'react';
import type { CalendarDay } from '../../../api/org-types';
import { t } from '../../../locales';

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday-first weekday (0 = 星期一) of a calendar date, whatever the browser's time zone. */
const weekdayOf = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The twelve months of a year: holidays in red, make-up workdays (调休上班) in blue, each named on hover. */
export default function YearView({ year, days, today }: { year: number; days: CalendarDay[]; today: string }) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  // A phone shows two small months a row rather than twelve screens of one.
  const compact = Grid.useBreakpoint().sm === false;
  return (
    <Row gutter={compact ? [8, 8] : [16, 16]}>
      {Array.from({ length: 12 }, (_, i) => (
        <Col key={i} xs={12} md={12} lg={8} xxl={6}>
          <Month year={year} month={i + 1} byDate={byDate} today={today} compact={compact} />
        </Col>
      ))}
    </Row>
  );
}

export function Legend() {
  const { token } = theme.useToken();
  const swatch = (style: CSSProperties) => <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, verticalAlign: -2, marginInlineEnd: 6, ...style }} />;
  return (
    <Flex gap={16} wrap>
      <span>
        {swatch({ background: token.colorErrorBg, border: `1px solid ${token.colorErrorBorder}` })}
        {t('org.calendar.legend.holiday')}
      </span>
      <span>
        {swatch({ background: token.colorPrimaryBg, border: `1px solid ${token.colorPrimaryBorder}` })}
        {t('org.calendar.legend.workday')}
      </span>
      <span>
        {swatch({ background: token.colorFillTertiary })}
        {t('org.calendar.legend.weekend')}
      </span>
      <span>
        {swatch({ border: `2px solid ${token.colorText}` })}
        {t('org.calendar.legend.today')}
      </span>
    </Flex>
  );
}

/** Six weeks a month, so every month has the same height. */
const CELLS = 42;

function Month({ year, month, byDate, today, compact }: { year: number; month: number; byDate: Map<string, CalendarDay>; today: string; compact: boolean }) {
  const { token } = theme.useToken();
  const lead = weekdayOf(year, month, 1);
  const count = daysIn(year, month);
  const weekdays = t('org.calendar.weekdays').split(',');

  const cell = (day: number) => {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const special = byDate.get(date);
    const weekend = weekdayOf(year, month, day) >= 5;
    const style: CSSProperties = {
      textAlign: 'center',
      lineHeight: compact ? '22px' : '30px',
      fontSize: compact ? 12 : undefined,
      borderRadius: 4,
      fontVariantNumeric: 'tabular-nums',
      cursor: special ? 'help' : undefined,
      outline: date === today ? `2px solid ${token.colorText}` : undefined,
      outlineOffset: -2,
    };
    if (special?.kind === 'holiday') Object.assign(style, { background: token.colorErrorBg, color: token.colorError, fontWeight: 600 });
    else if (special?.kind === 'workday') Object.assign(style, { background: token.colorPrimaryBg, color: token.colorPrimary, fontWeight: 600 });
    else if (weekend) Object.assign(style, { background: token.colorFillTertiary, color: token.colorTextTertiary });
    const label = special ? (special.kind === 'holiday' ? t('org.calendar.holidayName', { name: special.name }) : t('org.calendar.workdayName', { name: special.name })) : undefined;
    const body = (
      <div key={date} style={style} aria-label={label ? `${date} ${label}` : date} role={special ? 'img' : undefined}>
        {day}
      </div>
    );
    return label ? (
      <Tooltip key={date} title={t('org.calendar.dayTitle', { date, name: label })}>
        {body}
      </Tooltip>
    ) : (
      body
    );
  };

  return (
    <div style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, padding: compact ? 6 : 12 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('org.calendar.month', { month })}
      </Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: compact ? 1 : 2 }}>
        {weekdays.map((w, i) => (
          <div key={w} style={{ textAlign: 'center', fontSize: compact ? 11 : 12, color: i >= 5 ? token.colorTextTertiary : token.colorTextSecondary }}>
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} />
        ))}
        {Array.from({ length: count }, (_, i) => cell(i + 1))}
        {Array.from({ length: CELLS - lead - count }, (_, i) => (
          <div key={`trail-${i}`} style={{ lineHeight: compact ? '22px' : '30px' }}>
            &nbsp;
          </div>
        ))}
      </div>
    </div>
  );
}
