import { PlusOutlined } from '@ant-design/icons';
import { TOPIC_STATUSES, TOPIC_STATUS_LABELS, type TopicStatus } from '@fabutong/core/contract/topics';
import { formatDistrictDateTime } from '@fabutong/core/time';
import type { ContentCategory, ReleaseForm } from '@fabutong/core/rules/vocabulary';
import { Button, Card, Empty, Flex, Grid, Input, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { CategoryTags, FormTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { withParam } from '../params';
import { useTopicPage, type TopicFilter, type TopicSummary } from '../api';
import { TopicStatusTag } from './tags';
import TopicDrawer from './TopicDrawer';
import TopicFormModal from './TopicFormModal';

const PAGE_SIZE = 20;

/** The district's topic pool (A9.2, A14): the news office sees every unit's, a unit its own; `?id=` opens one. */
export default function TopicPoolPage() {
  const { access } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const num = (name: string) => (params.get(name) && /^\d+$/.test(params.get(name)!) ? Number(params.get(name)) : undefined);
  const filter: TopicFilter = {
    status: TOPIC_STATUSES.find((s) => s === params.get('status')),
    unitId: num('unitId'),
    q: params.get('q') ?? undefined,
    page: num('page') ?? 1,
    pageSize: PAGE_SIZE,
  };
  const topics = useTopicPage(filter);
  const units = useReleasingUnits();
  const narrow = Grid.useBreakpoint().md === false;
  const [proposing, setProposing] = useState(false);
  const openId = num('id');

  const set = (changes: Record<string, string | number | undefined>) => {
    const out = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === '') out.delete(name);
      else out.set(name, String(value));
    }
    if (!('page' in changes)) out.delete('page');
    setParams(out, { replace: true });
  };

  const columns: TableColumnsType<TopicSummary> = [
    {
      title: t('topics.pool.columns.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Link to={{ search: withParam(params, 'id', r.id) }}>{title}</Link>
      ),
    },
    { title: t('topics.pool.columns.unit'), dataIndex: 'unitName', width: 140 },
    { title: t('topics.pool.columns.category'), dataIndex: 'category', width: 110, render: (c: ContentCategory) => <CategoryTags categories={[c]} /> },
    { title: t('topics.pool.columns.form'), dataIndex: 'form', width: 150, render: (f: ReleaseForm) => <FormTag form={f} /> },
    { title: t('topics.pool.columns.suggested'), dataIndex: 'suggestedDate', width: 110, render: (d: string | null) => d ?? t('common.empty') },
    { title: t('topics.pool.columns.proposedAt'), dataIndex: 'proposedAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    { title: t('topics.pool.columns.status'), dataIndex: 'status', width: 130, render: (s: TopicStatus) => <TopicStatusTag status={s} /> },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('topics.pool.title')}</h1>}
      extra={
        access.writeReleases && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
            {t('topics.pool.propose')}
          </Button>
        )
      }
      styles={narrow ? { body: { padding: 12 } } : undefined}
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('topics.pool.filter.status')}
            aria-label={t('topics.pool.filter.status')}
            value={filter.status}
            onChange={(status?: string) => set({ status })}
            options={TOPIC_STATUSES.map((s) => ({ value: s, label: TOPIC_STATUS_LABELS[s] }))}
          />
          {access.districtWide && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              placeholder={t('topics.pool.filter.unit')}
              aria-label={t('topics.pool.filter.unit')}
              value={filter.unitId}
              onChange={(unitId?: number) => set({ unitId })}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))}
            />
          )}
          <Input.Search allowClear style={{ width: 240 }} placeholder={t('topics.pool.search')} defaultValue={filter.q} onSearch={(q) => set({ q: q.trim() || undefined })} />
        </Flex>
        {topics.isError ? (
          <ProblemAlert error={topics.error} />
        ) : (
          <Table<TopicSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={topics.data?.items}
            loading={topics.isFetching}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('topics.pool.empty')} /> }}
            pagination={{
              current: filter.page,
              pageSize: PAGE_SIZE,
              total: topics.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('topics.pool.total', { total }),
              onChange: (page) => set({ page }),
            }}
          />
        )}
      </Flex>
      <TopicFormModal open={proposing} onClose={() => setProposing(false)} />
      <TopicDrawer id={openId} onClose={() => set({ id: undefined, page: filter.page })} />
    </Card>
  );
}
