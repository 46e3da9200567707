import { TOPIC_LINK_KIND_LABELS, type TopicAction } from '@fabutong/core/contract/topics';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, DatePicker, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Skeleton, Tag, Typography, type DescriptionsProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import ProblemAlert from '../../../components/ProblemAlert';
import { CategoryTags, FormTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { usePoolTopics, useTopic, useTopicStep, type StartedTopic, type Topic, type TopicStep } from '../api';
import { TopicStatusTag } from './tags';
import TopicFormModal from './TopicFormModal';

/** Which actions ask for words first, and what. */
const PROMPTS: Partial<Record<TopicAction, 'opinion' | 'note' | 'reason' | 'merge' | 'startsAt'>> = {
  endorse: 'opinion',
  accept: 'note',
  decline: 'reason',
  merge: 'merge',
  start_release: 'startsAt',
  start_conference: 'startsAt',
};

const STEPS: Record<Exclude<TopicAction, 'edit'>, TopicStep> = {
  endorse: 'endorse',
  withdraw: 'withdraw',
  accept: 'accept',
  merge: 'merge',
  decline: 'decline',
  start_release: 'start-release',
  start_conference: 'start-conference',
};

export default function TopicDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const topic = useTopic(id);
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={640} title={t('topics.pool.detail.title')} destroyOnHidden>
      {topic.isError ? <ProblemAlert error={topic.error} /> : topic.data ? <TopicDetail topic={topic.data} /> : <Skeleton active />}
    </Drawer>
  );
}

function TopicDetail({ topic }: { topic: Topic }) {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const step = useTopicStep(topic.id);
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState<TopicAction | null>(null);
  const by = (name: string | null, at: string | null) => (at ? t('topics.pool.detail.by', { name: name ?? '', at: formatDistrictDateTime(at) }) : null);

  const run = async (action: Exclude<TopicAction, 'edit'>, body?: object) => {
    const result = await step.mutateAsync({ step: STEPS[action], body });
    if (action === 'start_release' || action === 'start_conference') {
      void message.success(t('topics.pool.notices.started'));
      void navigate((result as StartedTopic).link);
      return;
    }
    const notice = { endorse: 'endorsed', withdraw: 'withdrawn', accept: 'accepted', merge: 'merged', decline: 'declined' } as const;
    void message.success(t(`topics.pool.notices.${notice[action]}`));
  };

  const onAction = (action: TopicAction) => {
    if (action === 'edit') return setEditing(true);
    if (action === 'withdraw') {
      return void modal.confirm({ title: t('topics.pool.prompts.confirmWithdraw'), onOk: () => run('withdraw').catch(() => undefined) });
    }
    if (PROMPTS[action]) return setPrompt(action);
    void run(action).catch(() => undefined);
  };

  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: t('topics.common.unit'), children: topic.unitName },
    { key: 'status', label: t('topics.pool.columns.status'), children: <TopicStatusTag status={topic.status} /> },
    { key: 'category', label: t('topics.pool.columns.category'), children: <CategoryTags categories={[topic.category]} /> },
    { key: 'form', label: t('topics.pool.columns.form'), children: <FormTag form={topic.form} /> },
    { key: 'suggested', label: t('topics.pool.columns.suggested'), children: topic.suggestedDate ?? t('topics.common.none') },
    { key: 'whyNow', label: t('topics.pool.detail.whyNow'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{topic.whyNow}</Typography.Paragraph> },
    {
      key: 'links',
      label: t('topics.pool.detail.links'),
     
      children: topic.links.length ? (
        <Flex vertical>
          {topic.links.map((l, i) => (
            <span key={i}>
              <Tag>{TOPIC_LINK_KIND_LABELS[l.kind]}</Tag>
              {l.label}
            </span>
          ))}
        </Flex>
      ) : (
        t('topics.common.none')
      ),
    },
    { key: 'proposed', label: t('topics.pool.detail.proposed'), children: by(topic.proposedByName, topic.proposedAt) },
    ...(topic.endorsedAt
      ? [{ key: 'endorsed', label: t('topics.pool.detail.endorsed'), children: [by(topic.endorsedByName, topic.endorsedAt), topic.endorseOpinion].filter(Boolean).join('：') }]
      : []),
    ...(topic.decidedAt
      ? [{ key: 'decided', label: t('topics.pool.detail.decided'), children: [by(topic.decidedByName, topic.decidedAt), topic.decisionReason].filter(Boolean).join('：') }]
      : []),
    ...(topic.mergedInto ? [{ key: 'mergedInto', label: t('topics.pool.detail.mergedInto'), children: <Link to={`/topics?id=${topic.mergedInto.id}`}>{topic.mergedInto.title}</Link> }] : []),
    ...(topic.merged.length
      ? [
          {
            key: 'merged',
            label: t('topics.pool.detail.merged'),
           
            children: (
              <Flex vertical>
                {topic.merged.map((m) => (
                  <Link key={m.id} to={`/topics?id=${m.id}`}>
                    {m.title}（{m.unitName}）
                  </Link>
                ))}
              </Flex>
            ),
          },
        ]
      : []),
    ...(topic.releaseId ? [{ key: 'release', label: t('topics.pool.detail.release'), children: <Link to={`/releases/${topic.releaseId}`}>{t('topics.common.open')}</Link> }] : []),
    ...(topic.conferenceId
      ? [{ key: 'conference', label: t('topics.pool.detail.conference'), children: <Link to={`/conferences/${topic.conferenceId}`}>{t('topics.common.open')}</Link> }]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {topic.title}
      </Typography.Title>
      {step.isError && <ProblemAlert error={step.error} />}
      {topic.actions.length > 0 && (
        <Flex gap={8} wrap>
          {topic.actions.map((a) => (
            <Button key={a} type={['endorse', 'accept', 'start_conference'].includes(a) ? 'primary' : 'default'} danger={a === 'decline'} loading={step.isPending} onClick={() => onAction(a)}>
              {t(`topics.pool.actions.${a}`)}
            </Button>
          ))}
        </Flex>
      )}
      <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: 120 } }} />
      <TopicFormModal topic={topic} open={editing} onClose={() => setEditing(false)} />
      {prompt && <PromptModal topic={topic} action={prompt} onClose={() => setPrompt(null)} run={run} pending={step.isPending} />}
    </Flex>
  );
}

function PromptModal({
  topic,
  action,
  onClose,
  run,
  pending,
}: {
  topic: Topic;
  action: TopicAction;
  onClose: () => void;
  run: (action: Exclude<TopicAction, 'edit'>, body?: object) => Promise<void>;
  pending: boolean;
}) {
  const [form] = Form.useForm<{ text?: string; intoId?: number; startsAt?: Dayjs }>();
  const kind = PROMPTS[action]!;
  const pool = usePoolTopics(kind === 'merge');
  const submit = async (values: { text?: string; intoId?: number; startsAt?: Dayjs }) => {
    const text = values.text?.trim() || null;
    const body =
      kind === 'opinion'
        ? { opinion: text }
        : kind === 'note'
          ? { note: text }
          : kind === 'reason'
            ? { reason: text ?? '' }
            : kind === 'merge'
              ? { intoId: values.intoId, reason: text }
              : { startsAt: values.startsAt ? values.startsAt.format() : null };
    try {
      await run(action as Exclude<TopicAction, 'edit'>, body);
      onClose();
    } catch {
      // The drawer shows the refusal.
    }
  };
  const label = { opinion: 'endorseOpinion', note: 'acceptNote', reason: 'declineReason', merge: 'mergeReason', startsAt: 'startsAt' } as const;
  return (
    <Modal open title={t(`topics.pool.actions.${action}`)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending} okText={t('topics.common.confirm')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        {kind === 'merge' && (
          <Form.Item name="intoId" label={t('topics.pool.prompts.mergeInto')} rules={[{ required: true, message: t('topics.pool.form.required') }]}>
            <Select
              loading={pool.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(pool.data?.items ?? []).filter((p) => p.id !== topic.id).map((p) => ({ value: p.id, label: `${p.title}（${p.unitName}）` }))}
            />
          </Form.Item>
        )}
        {kind === 'startsAt' ? (
          <Form.Item name="startsAt" label={t('topics.pool.prompts.startsAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="text"
            label={t(`topics.pool.prompts.${label[kind]}`)}
            rules={kind === 'reason' ? [{ required: true, whitespace: true, message: t('topics.pool.form.required') }] : undefined}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
