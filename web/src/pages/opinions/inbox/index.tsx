import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { OPINION_SOURCE_KIND_LABELS, OPINION_SOURCE_KINDS, OPINION_STATUS_LABELS, OPINION_STATUSES } from '@fabutong/core/contract/opinions';
import { OPINION_LEVEL_LABELS, OPINION_LEVELS } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ClockTag, useNow } from '../../../components/incidents/clock';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useOpinions, type OpinionFilter } from '../../../components/opinions/api';
import { LevelTag, StatusTag } from '../../../components/opinions/tags';
import type { OpinionItem } from '../../../components/opinions/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import AssignModal from './AssignModal';
import ReportModal from './ReportModal';

export default function OpinionInboxPage() {
  const { access } = useCurrentUser();
  const [filter, setFilter] = useState<OpinionFilter>({ page: 1 });
  const [reporting, setReporting] = useState(false);
  const [assigning, setAssigning] = useState<OpinionItem | null>(null);
  const list = useOpinions(filter);
  const now = useNow();
  const set = (patch: Partial<OpinionFilter>) => setFilter((f) => ({ ...f, ...patch, page: 1 }));
  const exportQuery = new URLSearchParams(Object.entries({ status: filter.status, level: filter.level, sourceKind: filter.sourceKind, q: filter.q }).filter((e): e is [string, string] => Boolean(e[1]))).toString();

  const columns: TableColumnsType<OpinionItem> = [
    {
      title: t('opinions.inbox.columns.title'),
      key: 'title',
      render: (_, i) => (
        <Flex vertical>
          <Link to={`/opinions/${i.id}`}>{i.title}</Link>
          <Typography.Text type="secondary">
            {OPINION_SOURCE_KIND_LABELS[i.sourceKind]} · {i.source}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('opinions.inbox.columns.firstSeen'), dataIndex: 'firstSeenAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    {
      title: t('opinions.inbox.columns.unit'),
      key: 'unit',
      width: 210,
      render: (_, i) =>
        i.unitName ?? (
          <Flex vertical align="start">
            <Typography.Text type="secondary">{i.suggestedUnitName ? t('opinions.inbox.suggested', { unit: i.suggestedUnitName }) : t('opinions.inbox.unassigned')}</Typography.Text>
            {access.newsOffice && (
              <Button size="small" onClick={() => setAssigning(i)}>
                {t('opinions.inbox.assign')}
              </Button>
            )}
          </Flex>
        ),
    },
    { title: t('opinions.inbox.columns.level'), key: 'level', width: 80, render: (_, i) => <LevelTag level={i.level} /> },
    { title: t('opinions.inbox.columns.clock'), key: 'clock', width: 260, render: (_, i) => (i.clock ? <ClockTag clock={i.clock} now={now} /> : t('opinions.common.none')) },
    { title: t('opinions.inbox.columns.status'), key: 'status', width: 100, render: (_, i) => <StatusTag status={i.status} /> },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('opinions.inbox.title')}</h1>}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} href={`/api/v1/opinions/export${exportQuery ? `?${exportQuery}` : ''}`}>
            {t('opinions.inbox.export')}
          </Button>
          {(access.newsOffice || access.unitIds.length > 0) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)}>
              {t('opinions.inbox.report')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('opinions.inbox.hint')}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Select allowClear placeholder={t('opinions.inbox.status')} aria-label={t('opinions.inbox.status')} style={{ width: 140 }} value={filter.status} onChange={(status?: string) => set({ status })} options={OPINION_STATUSES.map((s) => ({ value: s, label: OPINION_STATUS_LABELS[s] }))} />
          <Select allowClear placeholder={t('opinions.inbox.level')} aria-label={t('opinions.inbox.level')} style={{ width: 120 }} value={filter.level} onChange={(level?: string) => set({ level })} options={OPINION_LEVELS.map((l) => ({ value: l, label: OPINION_LEVEL_LABELS[l] }))} />
          <Select allowClear placeholder={t('opinions.inbox.sourceKind')} aria-label={t('opinions.inbox.sourceKind')} style={{ width: 150 }} value={filter.sourceKind} onChange={(sourceKind?: string) => set({ sourceKind })} options={OPINION_SOURCE_KINDS.map((k) => ({ value: k, label: OPINION_SOURCE_KIND_LABELS[k] }))} />
          <Input.Search allowClear placeholder={t('opinions.inbox.search')} aria-label={t('opinions.inbox.search')} style={{ width: 240 }} onSearch={(q) => set({ q: q || undefined })} />
        </Flex>
        {list.isError ? (
          <ProblemAlert error={list.error} />
        ) : (
          <Table
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data?.items}
            pagination={{ current: filter.page, pageSize: 20, total: list.data?.total, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
            scroll={{ x: 900 }}
          />
        )}
      </Flex>
      {reporting && <ReportModal onClose={() => setReporting(false)} />}
      {assigning && <AssignModal item={assigning} onClose={() => setAssigning(null)} />}
    </Card>
  );
}
