import { TALKING_POINT_USE_KINDS, TALKING_POINT_USE_KIND_LABELS } from '@fabutong/core/contract/talking-points';
import { formatDistrictDateTime } from '@fabutong/core/time';
import type { TalkingPointAction } from '@fabutong/core/workflows/talking-point';
import { Alert, App, Button, Descriptions, Drawer, Empty, Flex, Form, Input, List, Modal, Select, Skeleton, Table, Tabs, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import ProblemAlert from '../../../components/ProblemAlert';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import { t } from '../../../locales';
import { usePointStep, useTalkingPoint, useTalkingPointDiff, type PointStep, type TalkingPoint } from '../api';
import PointFormModal from './PointFormModal';
import { SensitivityTag, StandingTag } from './tags';

const STEPS: Record<TalkingPointAction, PointStep> = { submit: 'submit', request_changes: 'request-changes', approve: 'approve', revise: 'revise', withdraw: 'withdraw' };

export default function PointDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const point = useTalkingPoint(id);
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={760} title={point.data?.subject ?? ''} destroyOnHidden>
      {point.isError ? <ProblemAlert error={point.error} /> : point.data ? <PointDetail point={point.data} /> : <Skeleton active />}
    </Drawer>
  );
}

function PointDetail({ point }: { point: TalkingPoint }) {
  const { message, modal } = App.useApp();
  const step = usePointStep(point.id);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<TalkingPointAction | null>(null);
  const [recording, setRecording] = useState(false);

  const act = (action: TalkingPointAction) => {
    if (action === 'request_changes') return setAsking(action);
    const go = () =>
      step
        .mutateAsync({ step: STEPS[action], body: {} })
        .then(() => void message.success(t('topics.common.done')))
        .catch(() => undefined);
    if (action === 'withdraw') return void modal.confirm({ title: t('topics.points.prompts.confirmWithdraw'), onOk: go });
    void go();
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <StandingTag standing={point.standing} />
        <SensitivityTag sensitivity={point.sensitivity} />
        {point.districtWide && <Tag color="gold">{t('topics.points.districtWide')}</Tag>}
        <Typography.Text type="secondary">
          {point.unitName} · {t('topics.points.detail.version', { n: point.version })}
        </Typography.Text>
      </Flex>
      {point.standing === 'expired' && <Alert type="error" showIcon title={t('topics.points.detail.expiredWarning', { date: point.reviewBy })} />}
      {point.standing === 'not_yet_effective' && <Alert type="info" showIcon title={t('topics.points.detail.notYetWarning', { date: point.effectiveFrom })} />}
      {step.isError && <ProblemAlert error={step.error} />}
      <Flex gap={8} wrap>
        {point.editable && <Button onClick={() => setEditing(true)}>{t('topics.points.actions.edit')}</Button>}
        {point.actions.map((a) => (
          <Button key={a} type={a === 'approve' || a === 'submit' ? 'primary' : 'default'} danger={a === 'withdraw'} loading={step.isPending} onClick={() => act(a)}>
            {t(`topics.points.actions.${a}`)}
          </Button>
        ))}
        {point.status === 'approved' && <Button onClick={() => setRecording(true)}>{t('topics.points.detail.recordUse')}</Button>}
      </Flex>
      <Tabs
        items={[
          { key: 'content', label: t('topics.points.detail.answer'), children: <Content point={point} /> },
          { key: 'versions', label: `${t('topics.points.detail.versions')}（${point.versions.length}）`, children: <Versions point={point} /> },
          { key: 'comments', label: `${t('topics.points.detail.comments')}（${point.comments.length}）`, children: <Comments point={point} /> },
          { key: 'uses', label: `${t('topics.points.detail.uses')}（${point.uses.length}）`, children: <Uses point={point} /> },
        ]}
      />
      <PointFormModal point={point} open={editing} onClose={() => setEditing(false)} />
      {asking && <CommentModal title={t(`topics.points.actions.${asking}`)} onClose={() => setAsking(null)} onSubmit={(comment) => step.mutateAsync({ step: STEPS[asking], body: { comment } })} />}
      {recording && <UseModal point={point} onClose={() => setRecording(false)} />}
    </Flex>
  );
}

function Content({ point }: { point: TalkingPoint }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        {
          key: 'questions',
          label: t('topics.points.detail.questions'),
          children: (
            <ol style={{ margin: 0, paddingInlineStart: 18 }}>
              {point.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ol>
          ),
        },
        { key: 'answer', label: t('topics.points.detail.answer'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{point.answer}</Typography.Paragraph> },
        { key: 'facts', label: t('topics.points.detail.facts'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{point.facts || t('common.empty')}</Typography.Paragraph> },
        { key: 'validity', label: t('topics.points.columns.effective'), children: t('topics.points.validity', { from: point.effectiveFrom, to: point.reviewBy }) },
        { key: 'drafted', label: t('topics.points.detail.drafted'), children: point.draftedByName ?? t('common.empty') },
        {
          key: 'approved',
          label: t('topics.points.detail.approved'),
          children: point.approvedAt ? `${point.approvedByName ?? ''} · ${formatDistrictDateTime(point.approvedAt)}` : t('common.empty'),
        },
        ...(point.topicTitle ? [{ key: 'topic', label: t('topics.points.detail.topic'), children: point.topicTitle }] : []),
      ]}
    />
  );
}

function Versions({ point }: { point: TalkingPoint }) {
  const { token } = theme.useToken();
  const last = point.versions.at(-1)?.version;
  const [from, setFrom] = useState<number | undefined>(point.versions.length > 1 ? point.versions.at(-2)!.version : undefined);
  const [to, setTo] = useState<number | undefined>(last);
  const diff = useTalkingPointDiff(point.id, from, to);
  const options = point.versions.map((v) => ({ value: v.version, label: `${t('topics.points.detail.version', { n: v.version })} · ${v.createdByName ?? ''} · ${formatDistrictDateTime(v.createdAt)}` }));
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('topics.points.detail.compare')}</Typography.Text>
        <Select aria-label={t('topics.points.detail.from')} style={{ minWidth: 260 }} value={from} onChange={setFrom} options={options} />
        <Typography.Text>→</Typography.Text>
        <Select aria-label={t('topics.points.detail.to')} style={{ minWidth: 260 }} value={to} onChange={setTo} options={options} />
      </Flex>
      {diff.isError && <ProblemAlert error={diff.error} />}
      {diff.data &&
        diff.data.fields
          .filter((f) => f.ops.some((o) => o.op !== 'same'))
          .map((f) => (
            <div key={f.field}>
              <Typography.Text strong>{t(`topics.points.detail.fields.${f.field}`)}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
                {f.ops.map((o, i) =>
                  o.op === 'same' ? (
                    <span key={i}>{o.text}</span>
                  ) : o.op === 'added' ? (
                    <ins key={i} style={{ background: token.colorSuccessBgHover, textDecoration: 'none' }}>
                      {o.text}
                    </ins>
                  ) : (
                    <del key={i} style={{ background: token.colorErrorBgHover }}>
                      {o.text}
                    </del>
                  ),
                )}
              </Typography.Paragraph>
            </div>
          ))}
      {from === undefined && <Typography.Text type="secondary">{options[0]?.label}</Typography.Text>}
    </Flex>
  );
}

function Comments({ point }: { point: TalkingPoint }) {
  const step = usePointStep(point.id);
  const [form] = Form.useForm<{ quote?: string; body: string }>();
  const canComment = point.editable || point.actions.length > 0;
  return (
    <Flex vertical gap={12}>
      {point.comments.length === 0 ? (
        <Empty description={t('topics.points.detail.noComments')} />
      ) : (
        <List
          dataSource={point.comments}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical>
                {c.quote && <Typography.Text type="secondary">“{c.quote}”</Typography.Text>}
                <span>{c.body}</span>
                <Typography.Text type="secondary">
                  {c.authorName} · {t('topics.points.detail.version', { n: c.version })} · {formatDistrictDateTime(c.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {canComment && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            step
              .mutateAsync({ step: 'comments', body: { version: point.version, quote: values.quote?.trim() || null, body: values.body } })
              .then(() => form.resetFields())
              .catch(() => undefined)
          }
        >
          {step.isError && <ProblemAlert error={step.error} />}
          <Form.Item name="quote" label={t('topics.points.detail.quote')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="body" label={t('topics.points.detail.commentBody')} rules={[{ required: true, whitespace: true, message: t('topics.points.form.required') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={step.isPending}>
            {t('topics.points.detail.addComment')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}

function Uses({ point }: { point: TalkingPoint }) {
  if (point.uses.length === 0) return <Empty description={t('topics.points.detail.noUses')} />;
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={point.uses}
      columns={[
        { title: t('topics.points.detail.usedOn'), dataIndex: 'usedOn', width: 110 },
        { title: t('topics.points.detail.useKind'), dataIndex: 'kind', width: 130, render: (k: (typeof TALKING_POINT_USE_KINDS)[number]) => TALKING_POINT_USE_KIND_LABELS[k] },
        { title: t('topics.points.detail.useLabel'), dataIndex: 'label' },
        { title: '', dataIndex: 'usedByName', width: 120 },
        { title: '', dataIndex: 'flagged', width: 130, render: (f: boolean) => (f ? <Tag color="error">{t('topics.points.detail.flagged')}</Tag> : null) },
      ]}
    />
  );
}

function CommentModal({ title, onClose, onSubmit }: { title: string; onClose: () => void; onSubmit: (comment: string) => Promise<unknown> }) {
  const [form] = Form.useForm<{ comment: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setBusy(true);
          try {
            await onSubmit(v.comment);
            onClose();
          } catch {
            // The drawer shows the refusal.
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="comment" label={t('topics.points.prompts.comment')} rules={[{ required: true, whitespace: true, message: t('topics.points.form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UseModal({ point, onClose }: { point: TalkingPoint; onClose: () => void }) {
  const step = usePointStep(point.id);
  const [form] = Form.useForm<{ kind: string; label: string; usedOn: string }>();
  const required = [{ required: true, whitespace: true, message: t('topics.points.form.required') }];
  return (
    <Modal open title={t('topics.points.detail.recordUse')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={step.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'conference' }}
        onFinish={(values) =>
          step
            .mutateAsync({ step: 'uses', body: values })
            .then(onClose)
            .catch(() => undefined)
        }
      >
        {step.isError && <ProblemAlert error={step.error} />}
        <Form.Item name="kind" label={t('topics.points.detail.useKind')} rules={required}>
          <Select options={TALKING_POINT_USE_KINDS.map((k) => ({ value: k, label: TALKING_POINT_USE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="label" label={t('topics.points.detail.useLabel')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="usedOn" label={t('topics.points.detail.usedOn')} rules={[{ required: true, message: t('topics.points.form.required') }]}>
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
