import { ANNUAL_REPORT_STATUS_LABELS } from '@fabutong/core/contract/evaluation';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, DatePicker, Flex, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText } from '../../../api/problem';
import { useAnnualReports, useSetDue, type AnnualReports } from '../../../components/evaluation/api';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { districtYear } from '../../../components/releases/district-time';
import { t } from '../../../locales';

type Item = AnnualReports['items'][number];
const COLOUR: Record<Item['status'], string> = { missing: 'default', draft: 'blue', submitted: 'orange', acknowledged: 'green' };

/** 发言人年度报告 (A9.8): which spokespersons reported to their principal, and which are overdue. */
export default function AnnualReportsPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(() => districtYear() - 1);
  const reports = useAnnualReports(year);
  const setDue = useSetDue(year);
  const { message } = App.useApp();
  const [due, setDueValue] = useState<Dayjs | null>(null);
  const years = Array.from({ length: 6 }, (_, i) => districtYear() - i);
  const saveDue = async () => {
    if (!due) return;
    try {
      await setDue.mutateAsync(due.format('YYYY-MM-DD'));
      void message.success(t('evaluation.reports.dueSaved'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('evaluation.reports.title')}</h1>}
      extra={<Select aria-label={t('evaluation.list.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年度` }))} style={{ width: 120 }} />}
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('evaluation.reports.hint')} />
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('evaluation.reports.due', { due: reports.data?.dueDate ?? '—' })}</Typography.Text>
          {access.newsOffice && (
            <>
              <DatePicker value={due} onChange={setDueValue} />
              <Button onClick={() => void saveDue()} disabled={!due} loading={setDue.isPending}>
                {t('evaluation.reports.setDue')}
              </Button>
            </>
          )}
        </Flex>
        {reports.isError ? (
          <ProblemAlert error={reports.error} />
        ) : (
          <Table<Item>
            rowKey="unitId"
            loading={reports.isPending}
            dataSource={reports.data?.items}
            pagination={false}
            locale={{ emptyText: t('evaluation.reports.empty') }}
            columns={[
              { title: t('evaluation.reports.unit'), key: 'unit', render: (_, r) => <Link to={`/annual-reports/${year}/${r.unitId}`}>{r.unitName}</Link> },
              { title: t('evaluation.reports.spokesperson'), key: 'sp', width: 120, render: (_, r) => r.spokesperson?.name ?? '—' },
              {
                title: t('evaluation.reports.status'),
                key: 'status',
                width: 200,
                render: (_, r) => (
                  <Flex gap={4}>
                    <Tag color={COLOUR[r.status]}>{ANNUAL_REPORT_STATUS_LABELS[r.status]}</Tag>
                    {r.overdue && <Tag color="red">{t('evaluation.reports.overdue')}</Tag>}
                  </Flex>
                ),
              },
              { title: t('evaluation.reports.submittedAt'), key: 'at', width: 160, render: (_, r) => (r.submittedAt ? formatDistrictDateTime(r.submittedAt) : '—') },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
