import { EVALUATION_STATUS_LABELS } from '@fabutong/core/workflows/evaluation';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { problemText } from '../../../api/problem';
import { useEvaluations, useCreateEvaluation, type EvaluationView } from '../../../components/evaluation/api';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { districtYear } from '../../../components/releases/district-time';
import { t } from '../../../locales';

/** 年度评估: every year's evaluation, and (for the news office) a new one on the default template. */
export default function EvaluationListPage() {
  const { access } = useCurrentUser();
  const evaluations = useEvaluations();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('evaluation.list.title')}</h1>}
      extra={access.newsOffice && <Button type="primary" onClick={() => setCreating(true)}>{t('evaluation.list.create')}</Button>}
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('evaluation.list.hint')} />
        {evaluations.isError ? (
          <ProblemAlert error={evaluations.error} />
        ) : (
          <Table<EvaluationView>
            rowKey="id"
            loading={evaluations.isPending}
            dataSource={evaluations.data}
            pagination={false}
            locale={{ emptyText: t('evaluation.list.empty') }}
            columns={[
              { title: t('evaluation.list.year'), dataIndex: 'year', width: 90 },
              { title: t('evaluation.list.titleField'), key: 'title', render: (_, e) => <Link to={`/evaluation/${e.id}`}>{e.title}</Link> },
              { title: t('evaluation.list.status'), key: 'status', width: 160, render: (_, e) => <Tag color={e.status === 'published' ? 'green' : 'blue'}>{EVALUATION_STATUS_LABELS[e.status]}</Tag> },
              { title: t('evaluation.list.versions'), dataIndex: 'versions', width: 120 },
            ]}
          />
        )}
      </Flex>
      {creating && <CreateModal onClose={() => setCreating(false)} />}
    </Card>
  );
}

function CreateModal({ onClose }: { onClose: () => void }) {
  const year = districtYear();
  const [form] = Form.useForm<{ year: number; title: string }>();
  const create = useCreateEvaluation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = async (values: { year: number; title: string }) => {
    try {
      const created = await create.mutateAsync(values);
      void message.success(t('evaluation.list.created', { year: created.year }));
      void navigate(`/evaluation/${created.id}`);
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={t('evaluation.list.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year, title: t('evaluation.list.defaultTitle', { year }) }}>
        <Form.Item name="year" label={t('evaluation.list.year')} rules={[{ required: true }]}>
          <InputNumber min={2020} max={2100} />
        </Form.Item>
        <Form.Item name="title" label={t('evaluation.list.titleField')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
