import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { districtDate, formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, Button, Card, Col, Empty, Flex, Grid, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CalendarYear } from '../../../api/org-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useCalendarYear, useCalendarYears } from './api';
import OffsetTool from './OffsetTool';
import ScheduleModal from './ScheduleModal';
import { holidayRuns, monthDay, workdaysByName } from './schedule';
import YearView, { Legend } from './YearView';

/** The contract's range of years. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** 工作日历: the year's holidays and make-up workdays that every deadline is counted on. */
export default function CalendarPage() {
  const { access } = useCurrentUser();
  const today = districtDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [entering, setEntering] = useState(false);
  const years = useCalendarYears();
  const calendar = useCalendarYear(year);
  const narrow = Grid.useBreakpoint().sm === false;

  const yearOptions = [...new Set([...(years.data?.items.map((y) => y.year) ?? []), thisYear - 1, thisYear, thisYear + 1, year])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: t('org.lists.yearOption', { year: y }) }));

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.calendar.title')}</h1>}
        styles={narrow ? { body: { padding: 12 } } : undefined}
        extra={
          access.manageOrganization &&
          calendar.data && (
            <Button type={calendar.data.confirmed ? 'default' : 'primary'} icon={<EditOutlined />} onClick={() => setEntering(true)}>
              {calendar.data.confirmed ? t('org.calendar.reenter') : t('org.calendar.enter')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <Flex gap={8} align="center" wrap>
            <Button icon={<LeftOutlined />} aria-label={t('org.calendar.previousYear')} disabled={year <= MIN_YEAR} onClick={() => setYear(year - 1)} />
            <Select<number> value={year} onChange={setYear} options={yearOptions} aria-label={t('org.calendar.year')} style={{ width: 110 }} />
            <Button icon={<RightOutlined />} aria-label={t('org.calendar.nextYear')} disabled={year >= MAX_YEAR} onClick={() => setYear(year + 1)} />
            {calendar.data && <Legend />}
          </Flex>
          {calendar.isPending ? (
            <Skeleton active />
          ) : calendar.isError ? (
            <ProblemAlert error={calendar.error} />
          ) : (
            <>
              <Status calendar={calendar.data} />
              <YearView year={year} days={calendar.data.days} today={today} />
            </>
          )}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.calendar.summary.title')}</h2>} style={{ height: '100%' }}>
            {calendar.data ? <Summary calendar={calendar.data} /> : <Skeleton active />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.calendar.offset.title')}</h2>} style={{ height: '100%' }}>
            <OffsetTool />
          </Card>
        </Col>
      </Row>
      {entering && calendar.data && <ScheduleModal year={year} replaces={calendar.data.confirmed} onClose={() => setEntering(false)} />}
    </Flex>
  );
}

function Status({ calendar }: { calendar: CalendarYear }) {
  if (!calendar.confirmed) {
    return <Alert type="warning" showIcon title={t('org.calendar.provisional')} description={t('org.calendar.provisionalHint', { year: calendar.year })} />;
  }
  const holidays = calendar.days.filter((d) => d.kind === 'holiday').length;
  return (
    <Typography.Text type="secondary">
      {t('org.calendar.confirmed', {
        holidays,
        workdays: calendar.days.length - holidays,
        source: calendar.source ?? t('common.empty'),
        at: calendar.confirmedAt ? formatDistrictDateTime(calendar.confirmedAt) : t('common.empty'),
      })}
    </Typography.Text>
  );
}

function Summary({ calendar }: { calendar: CalendarYear }) {
  const runs = holidayRuns(calendar.days.filter((d) => d.kind === 'holiday'));
  const workdays = workdaysByName(calendar.days.filter((d) => d.kind === 'workday'));
  if (runs.length === 0) return <Empty description={t('org.calendar.summary.empty')} />;
  return (
    <Flex vertical gap={10}>
      {runs.map((run) => (
        <Flex key={run.from} gap={8} align="baseline" wrap>
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {run.name}
          </Tag>
          <span>
            {run.days === 1
              ? t('org.calendar.summary.holidaysOne', { from: monthDay(run.from, calendar.year) })
              : t('org.calendar.summary.holidays', { from: monthDay(run.from, calendar.year), to: monthDay(run.to, calendar.year), days: run.days })}
          </span>
        </Flex>
      ))}
      {workdays.map((group) => (
        <Flex key={group.name} gap={8} align="baseline" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {group.name}
          </Tag>
          <span>{t('org.calendar.summary.workdays', { dates: group.dates.map((d) => monthDay(d, calendar.year)).join('、') })}</span>
        </Flex>
      ))}
    </Flex>
  );
}
