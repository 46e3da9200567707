import { PlusOutlined, ScheduleOutlined, WarningFilled } from '@ant-design/icons';
import { CONFERENCE_STATUSES, CONFERENCE_STATUS_LABELS, type ConferenceStatus } from '@fabutong/core/contract/conferences';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Flex, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConferences } from '../../../components/conferences/api';
import { ConferenceStatusTag } from '../../../components/conferences/tags';
import type { ConferenceSummary } from '../../../components/conferences/types';
import { t } from '../../../locales';
import SeriesModal from './SeriesModal';

export default function ConferenceListPage() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ConferenceStatus | undefined>();
  const [seriesOpen, setSeriesOpen] = useState(false);
  const list = useConferences({ status });

  const columns: TableColumnsType<ConferenceSummary> = [
    {
      title: t('conferences.list.columns.title'),
      dataIndex: 'title',
      render: (_, c) => (
        <Flex vertical>
          <Link to={`/conferences/${c.id}`}>{c.title}</Link>
          <Typography.Text type="secondary">{c.unitName}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('conferences.list.columns.time'), dataIndex: 'startsAt', width: 170, render: (v: string) => formatDistrictDateTime(v) },
    { title: t('conferences.list.columns.venue'), dataIndex: 'venueName', width: 150 },
    {
      title: t('conferences.list.columns.status'),
      dataIndex: 'status',
      width: 140,
      render: (s: ConferenceStatus, c) => (
        <Flex gap={4} wrap>
          <ConferenceStatusTag status={s} />
          {c.kind !== 'regular' && <Tag>{t(c.kind === 'series' ? 'conferences.kind.series' : 'conferences.kind.emergency')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('conferences.list.columns.deadline'),
      width: 200,
      render: (_, c) =>
        c.reviewDue && ['submitted', 'in_review', 'revision'].includes(c.status) ? (
          <Typography.Text type={c.reviewOverdue ? 'danger' : undefined}>
            {c.reviewOverdue && <WarningFilled />} {t('conferences.list.reviewDue', { date: c.reviewDue })}
            {c.reviewOverdue && ` ${t('conferences.list.overdue')}`}
          </Typography.Text>
        ) : c.latestSubmission && ['draft', 'unit_approval'].includes(c.status) ? (
          <Tooltip title={t('conferences.rule.a151')}>
            <Typography.Text>{t('conferences.list.latestSubmission', { date: c.latestSubmission.date })}</Typography.Text>
          </Tooltip>
        ) : (
          t('common.empty')
        ),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('conferences.list.title')}</h1>}
      extra={
        <Flex gap={8} wrap>
          {access.newsOffice && (
            <Button icon={<ScheduleOutlined />} onClick={() => setSeriesOpen(true)}>
              {t('conferences.series.open')}
            </Button>
          )}
          {access.unitIds.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/conferences/new')}>
              {t('conferences.list.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('conferences.list.hint')}
        </Typography.Paragraph>
        <Select<ConferenceStatus>
          allowClear
          placeholder={t('conferences.list.statusFilter')}
          aria-label={t('conferences.list.statusFilter')}
          style={{ width: 220 }}
          value={status}
          onChange={setStatus}
          options={CONFERENCE_STATUSES.map((s) => ({ value: s, label: CONFERENCE_STATUS_LABELS[s] }))}
        />
        {list.isError ? <ProblemAlert error={list.error} /> : <Table rowKey="id" loading={list.isPending} columns={columns} dataSource={list.data?.items} pagination={{ pageSize: 20 }} scroll={{ x: 800 }} />}
      </Flex>
      <SeriesModal open={seriesOpen} onClose={() => setSeriesOpen(false)} />
    </Card>
  );
}
