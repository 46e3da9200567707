import { PlusOutlined } from '@ant-design/icons';
import { EXPERT_KIND_LABELS, EXPERT_KINDS, type ExpertKind } from '@fabutong/core/contract/experts';
import { App, Button, Card, Checkbox, Drawer, Flex, Form, Input, List, Modal, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText, setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useExpertHistory, useExperts, useSaveExpert } from '../../../components/opinions/api';
import type { Expert, ExpertInput } from '../../../components/opinions/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

function ExpertModal({ expert, onClose }: { expert: Expert | null; onClose: () => void }) {
  const [form] = Form.useForm<ExpertInput>();
  const save = useSaveExpert();
  const { message } = App.useApp();
  const submit = async (body: ExpertInput) => {
    try {
      await save.mutateAsync({ id: expert?.id ?? null, body: { ...body, contact: body.contact || null, availability: body.availability || null, personId: expert?.personId ?? null } });
      void message.success(t('opinions.common.saved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={expert ? `${t('opinions.experts.edit')}：${expert.name}` : t('opinions.experts.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form<ExpertInput> form={form} layout="vertical" onFinish={submit} initialValues={expert ?? { kind: 'field_expert', fields: [], active: true }}>
        <Form.Item name="name" label={t('opinions.experts.name')} rules={[{ required: true, message: t('opinions.experts.nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="affiliation" label={t('opinions.experts.affiliation')} rules={[{ required: true, message: t('opinions.experts.affiliationRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('opinions.experts.kind')}>
          <Select options={EXPERT_KINDS.map((k) => ({ value: k, label: EXPERT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="fields" label={t('opinions.experts.fields')} extra={t('opinions.experts.fieldsHint')} rules={[{ required: true, message: t('opinions.experts.fieldsRequired') }]}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="contact" label={t('opinions.experts.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="availability" label={t('opinions.experts.availability')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="active" label={t('opinions.experts.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const history = useExpertHistory(id);
  return (
    <Drawer open title={history.data ? `${history.data.expert.name} · ${t('opinions.experts.history')}` : t('opinions.experts.history')} onClose={onClose} size="large">
      {history.isError && <ProblemAlert error={history.error} />}
      <Typography.Title level={5}>{t('opinions.experts.consultations')}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('opinions.experts.noHistory') }}
        dataSource={history.data?.consultations ?? []}
        renderItem={(c) => (
          <List.Item>
            <Flex vertical>
              <Link to={`/opinions/${c.itemId}`}>{c.itemTitle}</Link>
              <Typography.Text type="secondary">{c.question}</Typography.Text>
              {c.opinion && <Typography.Text>{c.opinion}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('opinions.experts.interpretations')}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('opinions.experts.noHistory') }}
        dataSource={history.data?.interpretations ?? []}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/releases/${r.releaseId}`}>{r.title}</Link>
            <Typography.Text type="secondary">
              {r.date} · {r.part}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Drawer>
  );
}

export default function ExpertPoolPage() {
  const { access } = useCurrentUser();
  const [filter, setFilter] = useState<{ field?: string; kind?: ExpertKind; includeInactive?: '1' }>({});
  const experts = useExperts(filter);
  const [editing, setEditing] = useState<Expert | null | undefined>();
  const [historyOf, setHistoryOf] = useState<number | null>(null);

  const columns: TableColumnsType<Expert> = [
    {
      title: t('opinions.experts.name'),
      key: 'name',
      render: (_, e) => (
        <Flex vertical>
          <span>
            {e.name} {!e.active && <Tag>{t('opinions.experts.inactive')}</Tag>}
          </span>
          <Typography.Text type="secondary">{e.affiliation}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('opinions.experts.kind'), dataIndex: 'kind', width: 110, render: (k: ExpertKind) => EXPERT_KIND_LABELS[k] },
    { title: t('opinions.experts.fields'), dataIndex: 'fields', render: (fields: string[]) => fields.map((f) => <Tag key={f}>{f}</Tag>) },
    { title: t('opinions.experts.contact'), dataIndex: 'contact', width: 140 },
    { title: t('opinions.experts.availability'), dataIndex: 'availability', width: 140 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, e) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => setHistoryOf(e.id)}>
            {t('opinions.experts.history')}
          </Button>
          {access.newsOffice && (
            <Button size="small" onClick={() => setEditing(e)}>
              {t('opinions.experts.edit')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('opinions.experts.title')}</h1>}
      extra={
        access.newsOffice && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('opinions.experts.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('opinions.experts.hint')}
        </Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <Input.Search allowClear placeholder={t('opinions.experts.field')} aria-label={t('opinions.experts.field')} style={{ width: 220 }} onSearch={(field) => setFilter((f) => ({ ...f, field: field || undefined }))} />
          <Select<ExpertKind> allowClear placeholder={t('opinions.experts.kind')} aria-label={t('opinions.experts.kind')} style={{ width: 150 }} value={filter.kind} onChange={(kind) => setFilter((f) => ({ ...f, kind }))} options={EXPERT_KINDS.map((k) => ({ value: k, label: EXPERT_KIND_LABELS[k] }))} />
          <Checkbox checked={filter.includeInactive === '1'} onChange={(e) => setFilter((f) => ({ ...f, includeInactive: e.target.checked ? '1' : undefined }))}>
            {t('opinions.experts.includeInactive')}
          </Checkbox>
        </Flex>
        {experts.isError ? <ProblemAlert error={experts.error} /> : <Table rowKey="id" loading={experts.isPending} columns={columns} dataSource={experts.data?.items} pagination={{ pageSize: 20 }} scroll={{ x: 900 }} />}
      </Flex>
      {editing !== undefined && <ExpertModal expert={editing} onClose={() => setEditing(undefined)} />}
      {historyOf !== null && <HistoryDrawer id={historyOf} onClose={() => setHistoryOf(null)} />}
    </Card>
  );
}
