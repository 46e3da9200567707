import { PlusOutlined } from '@ant-design/icons';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemText, setFieldErrors } from '../../../api/problem';
import UnitSelect from '../../../components/incidents/UnitSelect';
import { useFeeds, useKeywordRules, useSourceWrite, useVendors } from '../../../components/opinions/api';
import type { Feed, KeywordRule, Vendor } from '../../../components/opinions/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { lookup, t } from '../../../locales';

type Editing = { kind: 'vendor' } | { kind: 'rule'; rule: KeywordRule | null } | { kind: 'feed'; feed: Feed | null };

function EditModal({ editing, onClose, onSecret }: { editing: Editing; onClose: () => void; onSecret: (v: Vendor) => void }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const write = useSourceWrite<Vendor>();
  const { message } = App.useApp();
  const initial =
    editing.kind === 'rule'
      ? (editing.rule ?? { enabled: true, exclusions: [] })
      : editing.kind === 'feed'
        ? (editing.feed ?? { enabled: true, intervalMinutes: 5 })
        : { enabled: true };
  const submit = async (body: Record<string, unknown>) => {
    const target =
      editing.kind === 'vendor'
        ? { method: 'POST' as const, path: '/opinion-vendors' }
        : editing.kind === 'rule'
          ? editing.rule
            ? { method: 'PUT' as const, path: `/opinion-keyword-rules/${editing.rule.id}` }
            : { method: 'POST' as const, path: '/opinion-keyword-rules' }
          : editing.feed
            ? { method: 'PUT' as const, path: `/opinion-feeds/${editing.feed.id}` }
            : { method: 'POST' as const, path: '/opinion-feeds' };
    try {
      const saved = await write.mutateAsync({ ...target, body });
      void message.success(t('opinions.common.saved'));
      if (editing.kind === 'vendor') onSecret(saved);
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  const title = editing.kind === 'vendor' ? t('opinions.sources.addVendor') : editing.kind === 'rule' ? t('opinions.sources.addRule') : t('opinions.sources.addFeed');
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={write.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        {editing.kind === 'vendor' && (
          <Form.Item name="name" label={t('opinions.sources.vendorName')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {editing.kind === 'rule' && (
          <>
            <Form.Item name="unitId" label={t('opinions.common.unit')} rules={[{ required: true, message: t('opinions.common.unitRequired') }]}>
              <UnitSelect />
            </Form.Item>
            <Form.Item name="expression" label={t('opinions.sources.expression')} extra={t('opinions.sources.rulesHint')} rules={[{ required: true, message: t('opinions.sources.expressionRequired') }]}>
              <Input maxLength={500} placeholder="防汛 AND 武隆" />
            </Form.Item>
            <Form.Item name="exclusions" label={t('opinions.sources.exclusions')}>
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
          </>
        )}
        {editing.kind === 'feed' && (
          <>
            <Form.Item name="name" label={t('opinions.sources.feedName')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="url" label={t('opinions.sources.url')} rules={[{ required: true }]}>
              <Input maxLength={2000} placeholder="https://" />
            </Form.Item>
            <Form.Item name="intervalMinutes" label={t('opinions.sources.interval')}>
              <InputNumber min={1} max={1440} />
            </Form.Item>
          </>
        )}
        {editing.kind !== 'vendor' && (
          <Form.Item name="enabled" label={t('opinions.sources.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export default function OpinionSourcesPage() {
  const vendors = useVendors();
  const rules = useKeywordRules();
  const feeds = useFeeds();
  const write = useSourceWrite<unknown>();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Editing | null>(null);

  const showSecret = (v: Vendor) =>
    v.secret &&
    modal.info({
      title: t('opinions.sources.secretTitle'),
      width: 560,
      content: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('opinions.sources.secretHint')}</Typography.Text>
          <Typography.Text code copyable>
            {`${t('opinions.sources.keyId')}：${v.keyId}`}
          </Typography.Text>
          <Typography.Text code copyable data-testid="vendor-secret">
            {v.secret}
          </Typography.Text>
        </Flex>
      ),
    });

  const run = (method: 'POST' | 'PUT', path: string, body: object = {}, then?: (r: unknown) => void) =>
    write.mutateAsync({ method, path, body }).then(
      (r) => (then ? then(r) : void message.success(t('opinions.common.saved'))),
      (error: unknown) => void message.error(problemText(error)),
    );

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('opinions.sources.vendors')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'vendor' })}>
            {t('opinions.sources.addVendor')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('opinions.sources.vendorsHint')}</Typography.Paragraph>
        {vendors.isError && <ProblemAlert error={vendors.error} />}
        <Table<Vendor>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={vendors.data?.items}
          columns={[
            { title: t('opinions.sources.vendorName'), dataIndex: 'name' },
            { title: t('opinions.sources.keyId'), dataIndex: 'keyId', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
            { title: t('opinions.sources.enabled'), key: 'enabled', render: (_, v) => <Switch size="small" checked={v.enabled} onChange={(enabled) => void run('PUT', `/opinion-vendors/${v.id}`, { name: v.name, enabled })} /> },
            { title: t('common.actions'), key: 'a', render: (_, v) => <Button size="small" onClick={() => void run('POST', `/opinion-vendors/${v.id}/rotate`, {}, (r) => showSecret(r as Vendor))}>{t('opinions.sources.rotate')}</Button> },
          ]}
        />
      </Card>
      <Card
        title={t('opinions.sources.rules')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'rule', rule: null })}>
            {t('opinions.sources.addRule')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('opinions.sources.rulesHint')}</Typography.Paragraph>
        {rules.isError && <ProblemAlert error={rules.error} />}
        <Table<KeywordRule>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rules.data?.items}
          columns={[
            { title: t('opinions.common.unit'), dataIndex: 'unitName', width: 160 },
            { title: t('opinions.sources.expression'), dataIndex: 'expression', render: (e: string) => <Typography.Text code>{e}</Typography.Text> },
            { title: t('opinions.sources.exclusions'), dataIndex: 'exclusions', render: (x: string[]) => x.map((w) => <Tag key={w}>{w}</Tag>) },
            { title: t('opinions.sources.enabled'), dataIndex: 'enabled', width: 70, render: (e: boolean) => (e ? '✓' : '—') },
            { title: t('common.actions'), key: 'a', width: 80, render: (_, r) => <Button size="small" onClick={() => setEditing({ kind: 'rule', rule: r })}>{t('opinions.experts.edit')}</Button> },
          ]}
        />
      </Card>
      <Card
        title={t('opinions.sources.feeds')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'feed', feed: null })}>
            {t('opinions.sources.addFeed')}
          </Button>
        }
      >
        {feeds.isError && <ProblemAlert error={feeds.error} />}
        <Table<Feed>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={feeds.data?.items}
          scroll={{ x: 800 }}
          columns={[
            { title: t('opinions.sources.feedName'), dataIndex: 'name' },
            { title: t('opinions.sources.url'), dataIndex: 'url', ellipsis: true },
            { title: t('opinions.sources.interval'), dataIndex: 'intervalMinutes', width: 110 },
            {
              title: t('opinions.sources.lastPolled'),
              key: 'last',
              render: (_, f) =>
                f.lastPolledAt ? (
                  <Flex vertical>
                    <span>{formatDistrictDateTime(f.lastPolledAt)}</span>
                    {f.lastError ? <Typography.Text type="danger">{f.lastError}</Typography.Text> : <Typography.Text type="secondary">{lookup(`opinions.sources.feedStatus.${f.lastStatus}`) ?? f.lastStatus}</Typography.Text>}
                  </Flex>
                ) : (
                  t('opinions.common.none')
                ),
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 170,
              render: (_, f) => (
                <Flex gap={4}>
                  <Button size="small" onClick={() => void run('POST', `/opinion-feeds/${f.id}/poll`, {}, (r) => void message.info(t('opinions.sources.polled', (r as { result: Record<string, number> }).result)))}>
                    {t('opinions.sources.poll')}
                  </Button>
                  <Button size="small" onClick={() => setEditing({ kind: 'feed', feed: f })}>
                    {t('opinions.experts.edit')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing && <EditModal editing={editing} onClose={() => setEditing(null)} onSecret={(v) => showSecret(v)} />}
    </Flex>
  );
}
