import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { MEDIA_LEVEL_LABELS, type MediaLevel } from '@fabutong/core/rules/vocabulary';
import { Alert, Badge, Button, Card, Flex, Grid, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Expiring, Outlet } from '../../../api/release-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useOutlets } from '../../../components/releases/api';
import OutletFormModal from '../../../components/releases/OutletFormModal';
import { ArticleTag, QualificationTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useExpiring } from './api';

type Dialog = { kind: 'create' } | { kind: 'edit'; outlet: Outlet } | null;

/** 媒体资质库: outlets and live-streaming organizations, their licences and journalists (A13.7), and what was recorded against them (A19). */
export default function MediaPage() {
  const { access } = useCurrentUser();
  const outlets = useOutlets();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');
  const narrow = Grid.useBreakpoint().md === false;

  const columns: TableColumnsType<Outlet> = [
    {
      title: t('releases.media.columns.name'),
      dataIndex: 'name',
      render: (name: string, o) => (
        <Flex vertical>
          <Link to={`/media/outlets/${o.id}`}>{name}</Link>
          {!o.active && <Typography.Text type="secondary">{t('releases.media.form.retired')}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('releases.media.columns.kind'), dataIndex: 'kind', width: 100, render: (kind: Outlet['kind']) => t(`releases.media.kinds.${kind}`) },
    { title: t('releases.media.columns.level'), dataIndex: 'level', width: 70, render: (level: MediaLevel) => MEDIA_LEVEL_LABELS[level] },
    { title: t('releases.media.columns.licence'), dataIndex: 'licenceNo', width: 170, render: (no: string | null) => no ?? t('common.empty') },
    {
      title: t('releases.media.columns.validity'),
      key: 'validity',
      width: 200,
      render: (_, o) => (o.qualification.validFrom ? `${o.qualification.validFrom} ~ ${o.qualification.validUntil ?? t('releases.media.noExpiry')}` : t('common.empty')),
    },
    { title: t('releases.media.columns.qualification'), key: 'qualification', width: 120, render: (_, o) => <QualificationTag state={o.qualification.state} /> },
    { title: t('releases.media.columns.journalists'), dataIndex: 'journalists', width: 70, align: 'right' },
    {
      title: t('releases.media.columns.findings'),
      dataIndex: 'findings',
      width: 90,
      align: 'right',
      render: (n: number) => (n > 0 ? <Badge count={n} color="red" /> : <Typography.Text type="secondary">0</Typography.Text>),
    },
    ...(access.manageOrganization
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, o: Outlet) => (
              <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', outlet: o })}>
                {t('releases.media.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const needle = filter.trim().toLowerCase();
  const shown = outlets.data?.items.filter((o) => !needle || o.name.toLowerCase().includes(needle) || o.licenceNo?.toLowerCase().includes(needle));

  return (
    <Flex vertical gap={16}>
      <ExpiringList />
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.media.title')}</h1>}
        extra={
          access.manageOrganization && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('releases.media.create')}
            </Button>
          )
        }
        styles={narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined}
      >
        <Flex vertical gap={16}>
          <Flex gap={8} align="center" wrap justify="space-between">
            <Input.Search allowClear placeholder={t('releases.media.filter')} onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 320 }} />
            <ArticleTag rule="A13.7" />
          </Flex>
          {outlets.isError ? (
            <ProblemAlert error={outlets.error} />
          ) : (
            <Table<Outlet>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={shown}
              loading={outlets.isPending}
              scroll={{ x: 1000 }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('releases.media.empty') }}
            />
          )}
        </Flex>
      </Card>
      {dialog && <OutletFormModal outlet={dialog.kind === 'edit' ? dialog.outlet : null} onClose={() => setDialog(null)} />}
    </Flex>
  );
}

/** What will soon stop an outlet or journalist from taking part (≤ 30 days, or already expired). */
function ExpiringList() {
  const expiring = useExpiring();
  if (expiring.isError) return <ProblemAlert error={expiring.error} />;
  const items = expiring.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      title={t('releases.media.expiring.title', { count: items.length })}
      description={
        <Flex vertical gap={4} style={{ marginTop: 4 }}>
          {items.map((item) => (
            <ExpiringRow key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </Flex>
      }
    />
  );
}

function ExpiringRow({ item }: { item: Expiring }) {
  const who = item.kind === 'journalist' ? t('releases.media.expiring.journalist', { name: item.name, outlet: item.outletName ?? '' }) : item.name;
  return (
    <Flex gap={8} align="center" wrap>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`releases.media.expiring.kinds.${item.kind}`)}</Tag>
      {item.kind === 'outlet' ? <Link to={`/media/outlets/${item.id}`}>{who}</Link> : <Typography.Text>{who}</Typography.Text>}
      <QualificationTag state={item.state} until={item.validUntil} />
    </Flex>
  );
}
