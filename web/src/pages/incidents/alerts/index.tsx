import { PlusOutlined } from '@ant-design/icons';
import { ALERT_CHANNEL_KIND_LABELS, ALERT_LEVEL_LABELS, DELIVERY_CHANNELS, DELIVERY_STATUS_LABELS, DELIVERY_STATUSES } from '@fabutong/core/contract/incidents';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, Flex, Input, Popover, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../api/problem';
import { canManageChannels } from '../../../components/incidents/access';
import type { Channel, Delivery } from '../../../components/incidents/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useChannels, useDeliveries, useRetryDelivery, useTestChannel } from './api';
import ChannelModal from './ChannelModal';

const STATUS_COLOUR = { pending: 'blue', sent: 'green', retrying: 'orange', failed: 'red', skipped: 'default' } as const;

export default function AlertsPage() {
  const { me } = useCurrentUser();
  const manage = canManageChannels(me);
  return (
    <Flex vertical gap={16}>
      {manage && <Channels />}
      <Deliveries manage={manage} />
    </Flex>
  );
}

function Channels() {
  const channels = useChannels(true);
  const test = useTestChannel();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Channel | null | 'new'>(null);
  const [testTo, setTestTo] = useState('');

  const runTest = async (channel: Channel) => {
    try {
      const delivery = await test.mutateAsync({ id: channel.id, to: channel.kind === 'email' ? testTo : null });
      if (delivery.status === 'sent') void message.success(t('incidents.alerts.testSent'));
      else void message.error(t('incidents.alerts.testFailed', { error: delivery.lastError ?? '' }));
    } catch (error) {
      void message.error(problemText(error));
    }
  };

  const columns: TableColumnsType<Channel> = [
    { title: t('incidents.alerts.name'), dataIndex: 'name' },
    { title: t('incidents.alerts.kind'), dataIndex: 'kind', width: 170, render: (k: Channel['kind']) => ALERT_CHANNEL_KIND_LABELS[k] },
    {
      title: t('incidents.alerts.levels'),
      dataIndex: 'levels',
      render: (levels: Channel['levels']) => (
        <Flex gap={4} wrap>
          {levels.map((l) => (
            <Tag key={l}>{ALERT_LEVEL_LABELS[l]}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('incidents.alerts.url'),
      key: 'target',
      ellipsis: true,
      render: (_, c) => <Typography.Text type="secondary">{c.kind === 'email' ? `${c.host}:${c.port} · ${c.from}` : c.url}</Typography.Text>,
    },
    { title: t('incidents.register.columns.status'), dataIndex: 'enabled', width: 80, render: (on: boolean) => <Tag color={on ? 'green' : 'default'}>{on ? t('incidents.alerts.enabled') : t('incidents.alerts.disabled')}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, c) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => setEditing(c)}>
            {t('incidents.warnings.update')}
          </Button>
          {c.kind === 'email' ? (
            <Popover
              trigger="click"
              content={
                <Flex gap={8}>
                  <Input placeholder={t('incidents.alerts.testTo')} value={testTo} onChange={(e) => setTestTo(e.target.value)} style={{ width: 220 }} />
                  <Button type="primary" loading={test.isPending} onClick={() => void runTest(c)}>
                    {t('incidents.alerts.test')}
                  </Button>
                </Flex>
              }
            >
              <Button type="link" size="small">
                {t('incidents.alerts.test')}
              </Button>
            </Popover>
          ) : (
            <Button type="link" size="small" loading={test.isPending} onClick={() => void runTest(c)}>
              {t('incidents.alerts.test')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.alerts.channels')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('incidents.alerts.addChannel')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('incidents.alerts.channelsHint')} />
        {channels.isError ? (
          <ProblemAlert error={channels.error} />
        ) : (
          <Table<Channel> rowKey="id" size="small" columns={columns} dataSource={channels.data?.items} loading={channels.isPending} pagination={false} scroll={{ x: 860 }} locale={{ emptyText: t('incidents.alerts.noChannels') }} />
        )}
      </Flex>
      {editing && <ChannelModal channel={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function Deliveries({ manage }: { manage: boolean }) {
  const [filter, setFilter] = useState<{ status?: string; channel?: string; page: number }>({ page: 1 });
  const deliveries = useDeliveries(filter);
  const retry = useRetryDelivery();
  const { message } = App.useApp();

  const columns: TableColumnsType<Delivery> = [
    { title: t('incidents.alerts.columns.time'), dataIndex: 'createdAt', width: 140, render: (at: string) => formatDistrictDateTime(at) },
    {
      title: t('incidents.alerts.columns.channel'),
      key: 'channel',
      width: 130,
      render: (_, d) => (
        <Flex vertical>
          <span>{t(`incidents.alerts.channel.${d.channel}`)}</span>
          {d.channelName && <Typography.Text type="secondary">{d.channelName}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('incidents.alerts.columns.recipient'), dataIndex: 'recipient', width: 200, ellipsis: true },
    {
      title: t('incidents.alerts.columns.subject'),
      key: 'subject',
      render: (_, d) => (
        <Flex gap={4} align="center" wrap>
          {d.severity === 'urgent' && <Tag color="red">{t('notifications.severity.urgent')}</Tag>}
          {d.late && <Tag color="orange">{t('incidents.detail.late')}</Tag>}
          <span>{d.subject}</span>
        </Flex>
      ),
    },
    {
      title: t('incidents.alerts.columns.status'),
      key: 'status',
      width: 200,
      render: (_, d) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={STATUS_COLOUR[d.status]}>{DELIVERY_STATUS_LABELS[d.status]}</Tag>
            <Typography.Text type="secondary">× {d.attempts}</Typography.Text>
          </span>
          {d.lastError && (
            <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 190 }}>
              {d.lastError}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, d: Delivery) =>
              d.status === 'failed' &&
              d.channel !== 'in_app' && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    void retry
                      .mutateAsync(d.id)
                      .then(() => message.success(t('incidents.alerts.retried')))
                      .catch((error: unknown) => message.error(problemText(error)))
                  }
                >
                  {t('incidents.alerts.retry')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.alerts.deliveries')}</h2>}>
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            placeholder={t('incidents.alerts.allStatuses')}
            value={filter.status}
            onChange={(status?: string) => setFilter({ ...filter, status, page: 1 })}
            options={DELIVERY_STATUSES.map((s) => ({ value: s, label: DELIVERY_STATUS_LABELS[s] }))}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            placeholder={t('incidents.alerts.allChannels')}
            value={filter.channel}
            onChange={(channel?: string) => setFilter({ ...filter, channel, page: 1 })}
            options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`incidents.alerts.channel.${c}`) }))}
            style={{ width: 140 }}
          />
        </Flex>
        {deliveries.isError ? (
          <ProblemAlert error={deliveries.error} />
        ) : (
          <Table<Delivery>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={deliveries.data?.items}
            loading={deliveries.isPending}
            scroll={{ x: 1000 }}
            pagination={{ current: filter.page, pageSize: 50, total: deliveries.data?.total, hideOnSinglePage: true, onChange: (page) => setFilter({ ...filter, page }) }}
          />
        )}
      </Flex>
    </Card>
  );
}
