import { PlusOutlined } from '@ant-design/icons';
import { ASSIGNMENT_STATE_LABELS, ASSIGNMENT_TASK_LABELS, ASSIGNMENT_TASKS, type AssignmentState } from '@fabutong/core/contract/hot-topics';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, districtNow } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useHotTopics, useReleaseChoices, useTopicAction } from '../../../components/opinions/api';
import type { Assignment, HotTopic } from '../../../components/opinions/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

const STATE_COLOUR: Record<AssignmentState, string> = { pending: 'processing', done: 'success', done_late: 'volcano', overdue: 'red' };

function LinkRelease({ assignment }: { assignment: Assignment }) {
  const [releaseId, setReleaseId] = useState<number>();
  const releases = useReleaseChoices(assignment.unitId);
  const action = useTopicAction();
  const { message } = App.useApp();
  return (
    <Flex gap={4}>
      <Select<number> size="small" style={{ width: 200 }} placeholder={t('opinions.topics.linkPlaceholder')} value={releaseId} onChange={setReleaseId} options={(releases.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.date} ${r.title}` }))} />
      <Button
        size="small"
        disabled={!releaseId}
        onClick={() =>
          action.mutateAsync({ path: `/hot-topic-assignments/${assignment.id}/release`, body: { releaseId } }).then(
            () => void message.success(t('opinions.common.saved')),
            (error: unknown) => void message.error(problemText(error)),
          )
        }
      >
        {t('opinions.topics.linkRelease')}
      </Button>
    </Flex>
  );
}

type AssignValues = { unitId: number; task: string; instructions: string; dueAt: Dayjs };

function AssignModal({ topic, onClose }: { topic: HotTopic; onClose: () => void }) {
  const [form] = Form.useForm<AssignValues>();
  const action = useTopicAction();
  const { message } = App.useApp();
  const submit = async (v: AssignValues) => {
    try {
      await action.mutateAsync({ path: `/hot-topics/${topic.id}/assignments`, body: { ...v, dueAt: districtInstant(v.dueAt) } });
      void message.success(t('opinions.common.saved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={`${t('opinions.topics.assign')}：${topic.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.isPending} destroyOnHidden>
      <Form<AssignValues> form={form} layout="vertical" onFinish={submit} initialValues={{ task: 'release', dueAt: districtNow().add(6, 'hour') }}>
        <Form.Item name="unitId" label={t('opinions.topics.columns.unit')} rules={[{ required: true, message: t('opinions.common.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="task" label={t('opinions.topics.task')}>
          <Radio.Group optionType="button" options={ASSIGNMENT_TASKS.map((k) => ({ value: k, label: ASSIGNMENT_TASK_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="instructions" label={t('opinions.topics.instructions')} rules={[{ required: true, message: t('opinions.topics.instructionsRequired') }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('opinions.topics.dueAt')} rules={[{ required: true, message: t('opinions.topics.dueRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OpenModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; description: string }>();
  const action = useTopicAction();
  const { message } = App.useApp();
  return (
    <Modal open title={t('opinions.topics.open')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={(body) =>
          action.mutateAsync({ path: '/hot-topics', body }).then(onClose, (error: unknown) => {
            setFieldErrors(form, error);
            void message.error(problemText(error));
          })
        }
      >
        <Form.Item name="title" label={t('opinions.topics.topicTitle')} rules={[{ required: true, message: t('opinions.topics.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('opinions.topics.description')} rules={[{ required: true, message: t('opinions.topics.descriptionRequired') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function HotTopicBoardPage() {
  const { access } = useCurrentUser();
  const topics = useHotTopics();
  const action = useTopicAction();
  const [opening, setOpening] = useState(false);
  const [assigning, setAssigning] = useState<HotTopic | null>(null);

  const columns: TableColumnsType<Assignment> = [
    { title: t('opinions.topics.columns.unit'), dataIndex: 'unitName', width: 140 },
    { title: t('opinions.topics.columns.task'), key: 'task', render: (_, a) => `${ASSIGNMENT_TASK_LABELS[a.task]}：${a.instructions}` },
    { title: t('opinions.topics.columns.due'), dataIndex: 'dueAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    { title: t('opinions.topics.columns.state'), key: 'state', width: 100, render: (_, a) => <Tag color={STATE_COLOUR[a.state]}>{ASSIGNMENT_STATE_LABELS[a.state]}</Tag> },
    {
      title: t('opinions.topics.columns.release'),
      key: 'release',
      width: 300,
      render: (_, a) =>
        a.release ? (
          <Link to={`/releases/${a.release.id}`}>{a.release.title}</Link>
        ) : access.newsOffice || access.unitIds.includes(a.unitId) ? (
          <LinkRelease assignment={a} />
        ) : (
          t('opinions.common.none')
        ),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('opinions.topics.title')}</h1>}
      extra={
        access.newsOffice && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('opinions.topics.open')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('opinions.topics.hint')}
        </Typography.Paragraph>
        {topics.isError && <ProblemAlert error={topics.error} />}
        {topics.data?.items.length === 0 && <Empty description={t('opinions.topics.empty')} />}
        {topics.data?.items.map((topic) => (
          <Card
            key={topic.id}
            type="inner"
            title={
              <Flex gap={8} align="center">
                {topic.title}
                {topic.status === 'closed' && <Tag>{t('opinions.topics.closed')}</Tag>}
              </Flex>
            }
            extra={
              access.newsOffice &&
              topic.status === 'open' && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setAssigning(topic)}>
                    {t('opinions.topics.assign')}
                  </Button>
                  <Popconfirm title={t('opinions.topics.close')} onConfirm={() => action.mutateAsync({ path: `/hot-topics/${topic.id}/close` })}>
                    <Button size="small">{t('opinions.topics.close')}</Button>
                  </Popconfirm>
                </Flex>
              )
            }
          >
            <Typography.Paragraph type="secondary">
              {topic.description}（{topic.openedBy} · {formatDistrictDateTime(topic.openedAt)}）
            </Typography.Paragraph>
            <Table rowKey="id" size="small" columns={columns} dataSource={topic.assignments} pagination={false} locale={{ emptyText: t('opinions.topics.noAssignments') }} scroll={{ x: 800 }} />
          </Card>
        ))}
      </Flex>
      {opening && <OpenModal onClose={() => setOpening(false)} />}
      {assigning && <AssignModal topic={assigning} onClose={() => setAssigning(null)} />}
    </Card>
  );
}
