import { PlusOutlined } from '@ant-design/icons';
import { TALKING_POINT_STANDINGS, TALKING_POINT_STANDING_LABELS, type TalkingPointStanding } from '@fabutong/core/rules/talking-points';
import { Button, Card, Empty, Flex, Grid, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { t } from '../../../locales';
import { withParam } from '../params';
import { useTalkingPointPage, type TalkingPointFilter, type TalkingPointSummary } from '../api';
import PointDrawer from './PointDrawer';
import PointFormModal from './PointFormModal';
import { SensitivityTag, StandingTag } from './tags';

const PAGE_SIZE = 20;

/** The talking-points library (A9.3): status and expiry at a glance; `?id=` opens a line with its versions, comments and uses. */
export default function TalkingPointsPage() {
  const { access } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const num = (name: string) => (params.get(name) && /^\d+$/.test(params.get(name)!) ? Number(params.get(name)) : undefined);
  const filter: TalkingPointFilter = {
    standing: TALKING_POINT_STANDINGS.find((s) => s === params.get('standing')),
    unitId: num('unitId'),
    q: params.get('q') ?? undefined,
    page: num('page') ?? 1,
    pageSize: PAGE_SIZE,
  };
  const points = useTalkingPointPage(filter);
  const units = useReleasingUnits();
  const narrow = Grid.useBreakpoint().md === false;
  const [drafting, setDrafting] = useState(false);

  const set = (changes: Record<string, string | number | undefined>) => {
    const out = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === '') out.delete(name);
      else out.set(name, String(value));
    }
    if (!('page' in changes)) out.delete('page');
    setParams(out, { replace: true });
  };

  const columns: TableColumnsType<TalkingPointSummary> = [
    {
      title: t('topics.points.columns.subject'),
      dataIndex: 'subject',
      render: (subject: string, p) => (
        <Flex vertical>
          <Link to={{ search: withParam(params, 'id', p.id) }}>{subject}</Link>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
            {p.questions[0]}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('topics.points.columns.unit'),
      dataIndex: 'unitName',
      width: 150,
      render: (name: string, p) => (
        <Flex vertical>
          {name}
          {p.districtWide && <Tag color="gold" style={{ width: 'fit-content' }}>{t('topics.points.districtWide')}</Tag>}
        </Flex>
      ),
    },
    { title: t('topics.points.columns.standing'), dataIndex: 'standing', width: 120, render: (s: TalkingPointStanding) => <StandingTag standing={s} /> },
    { title: t('topics.points.columns.effective'), key: 'validity', width: 200, render: (_, p) => t('topics.points.validity', { from: p.effectiveFrom, to: p.reviewBy }) },
    { title: t('topics.points.columns.sensitivity'), dataIndex: 'sensitivity', width: 130, render: (_, p) => <SensitivityTag sensitivity={p.sensitivity} /> },
    { title: t('topics.points.columns.version'), dataIndex: 'version', width: 70 },
    {
      title: t('topics.points.columns.flagged'),
      dataIndex: 'flaggedUses',
      width: 120,
      render: (n: number) => (n > 0 ? <Tag color="error">{t('topics.points.flaggedUses', { n })}</Tag> : null),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('topics.points.title')}</h1>}
      extra={
        access.writeReleases && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
            {t('topics.points.create')}
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
            placeholder={t('topics.points.filter.standing')}
            aria-label={t('topics.points.filter.standing')}
            value={filter.standing}
            onChange={(standing?: string) => set({ standing })}
            options={TALKING_POINT_STANDINGS.map((s) => ({ value: s, label: TALKING_POINT_STANDING_LABELS[s] }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            placeholder={t('topics.points.filter.unit')}
            aria-label={t('topics.points.filter.unit')}
            value={filter.unitId}
            onChange={(unitId?: number) => set({ unitId })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))}
          />
          <Input.Search allowClear style={{ width: 260 }} placeholder={t('topics.points.search')} defaultValue={filter.q} onSearch={(q) => set({ q: q.trim() || undefined })} />
        </Flex>
        {points.isError ? (
          <ProblemAlert error={points.error} />
        ) : (
          <Table<TalkingPointSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={points.data?.items}
            loading={points.isFetching}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty description={t('topics.points.empty')} /> }}
            pagination={{
              current: filter.page,
              pageSize: PAGE_SIZE,
              total: points.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('topics.points.total', { total }),
              onChange: (page) => set({ page }),
            }}
          />
        )}
      </Flex>
      <PointFormModal open={drafting} onClose={() => setDrafting(false)} onSaved={(id) => set({ id })} />
      <PointDrawer id={num('id')} onClose={() => set({ id: undefined, page: filter.page })} />
    </Card>
  );
}
