import { INTERVIEW_STATUS_LABELS, INTERVIEW_STATUSES, PRESS_CARD_STATE_LABELS, type InterviewStatus } from '@fabutong/core/contract/interviews';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, pickerValue } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useInterviewAction, useInterviews } from '../../../components/opinions/api';
import type { Interview } from '../../../components/opinions/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

const STATUS_COLOUR: Record<InterviewStatus, string> = { received: 'blue', routed: 'gold', accepted: 'green', declined: 'default' };
type Dialog = { kind: 'route' | 'accept' | 'decline'; request: Interview };

function DecisionModal({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const action = useInterviewAction();
  const { message } = App.useApp();
  const { kind, request } = dialog;
  const submit = async (values: Record<string, unknown>) => {
    const body =
      kind === 'accept'
        ? { startsAt: districtInstant(values.startsAt as Dayjs), venue: (values.venue as string) || null, note: (values.note as string) || null }
        : kind === 'decline'
          ? { reason: (values.reason as string)?.trim() || null }
          : { ...values, leads: (values.leads as string) || null, safetyNotes: (values.safetyNotes as string) || null };
    try {
      await action.mutateAsync({ path: `/interview-requests/${request.id}/${kind}`, body });
      void message.success(t('opinions.interviews.done'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  const title = { route: t('opinions.interviews.routeTitle'), accept: t('opinions.interviews.acceptTitle'), decline: t('opinions.interviews.declineTitle') }[kind];
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={action.isPending} destroyOnHidden>
      <Typography.Paragraph>
        {request.outlet} {request.journalist}：{request.topic}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ publicInterest: true, startsAt: pickerValue(request.wishedAt) }}>
        {kind === 'route' && (
          <>
            <Form.Item name="unitId" label={t('opinions.interviews.columns.unit')} rules={[{ required: true, message: t('opinions.common.unitRequired') }]}>
              <UnitSelect />
            </Form.Item>
            <Form.Item name="background" label={t('opinions.interviews.background')} rules={[{ required: true, message: t('opinions.interviews.backgroundRequired') }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Form.Item name="leads" label={t('opinions.interviews.leads')}>
              <Input maxLength={2000} />
            </Form.Item>
            <Form.Item name="safetyNotes" label={t('opinions.interviews.safetyNotes')}>
              <Input maxLength={2000} />
            </Form.Item>
            <Form.Item name="publicInterest" valuePropName="checked">
              <Checkbox>{t('opinions.interviews.publicInterest')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'accept' && (
          <>
            <Form.Item name="startsAt" label={t('opinions.interviews.startsAt')} rules={[{ required: true, message: t('opinions.interviews.startsAtRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="venue" label={t('opinions.interviews.venue')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="note" label={t('opinions.interviews.note')}>
              <Input maxLength={2000} />
            </Form.Item>
          </>
        )}
        {kind === 'decline' && (
          <Form.Item name="reason" label={t('opinions.interviews.reason')} extra={t('opinions.interviews.reasonHint')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export default function InterviewRequestsPage() {
  const { access } = useCurrentUser();
  const [status, setStatus] = useState<InterviewStatus | undefined>();
  const list = useInterviews(status);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const columns: TableColumnsType<Interview> = [
    { title: t('opinions.interviews.columns.tracking'), dataIndex: 'trackingNo', width: 190 },
    {
      title: t('opinions.interviews.columns.journalist'),
      key: 'journalist',
      width: 170,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.outlet}</span>
          <Typography.Text type="secondary">
            {r.journalist} · {r.contact}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('opinions.interviews.columns.topic'),
      key: 'topic',
      width: 280,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.topic}</span>
          {r.background && <Typography.Text type="secondary">{r.background}</Typography.Text>}
          {r.safetyNotes && <Typography.Text type="warning">{r.safetyNotes}</Typography.Text>}
          {r.decisionReason && <Typography.Text type="secondary">{r.decisionReason}</Typography.Text>}
          {r.release && <Link to={`/releases/${r.release.id}`}>{r.release.title}</Link>}
        </Flex>
      ),
    },
    { title: t('opinions.interviews.columns.wishedAt'), dataIndex: 'wishedAt', width: 140, render: (at: string) => formatDistrictDateTime(at) },
    {
      title: t('opinions.interviews.columns.pressCard'),
      key: 'card',
      width: 160,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.pressCardNo}</span>
          <Tooltip title={r.flagged ? t('opinions.interviews.flagged') : undefined}>
            <Tag color={r.flagged ? 'red' : 'green'} data-flagged={r.flagged}>
              {PRESS_CARD_STATE_LABELS[r.pressCard]}
            </Tag>
          </Tooltip>
        </Flex>
      ),
    },
    { title: t('opinions.interviews.columns.unit'), dataIndex: 'unitName', width: 120, render: (v: string | null) => v ?? t('opinions.common.none') },
    { title: t('opinions.interviews.columns.status'), dataIndex: 'status', width: 110, render: (s: InterviewStatus) => <Tag color={STATUS_COLOUR[s]}>{INTERVIEW_STATUS_LABELS[s]}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      fixed: 'right',
      render: (_, r) => {
        const mine = access.newsOffice || (r.unitId !== null && access.unitIds.includes(r.unitId));
        return (
          <Flex gap={4} wrap>
            {access.newsOffice && (r.status === 'received' || r.status === 'routed') && (
              <Button size="small" onClick={() => setDialog({ kind: 'route', request: r })}>
                {t('opinions.interviews.route')}
              </Button>
            )}
            {mine && r.status === 'routed' && (
              <>
                <Button size="small" type="primary" onClick={() => setDialog({ kind: 'accept', request: r })}>
                  {t('opinions.interviews.accept')}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'decline', request: r })}>
                  {t('opinions.interviews.decline')}
                </Button>
              </>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('opinions.interviews.title')}</h1>}
      extra={
        <Button href="/interviews" target="_blank">
          {t('opinions.interviews.portal')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('opinions.interviews.hint')}
        </Typography.Paragraph>
        <Select<InterviewStatus> allowClear placeholder={t('opinions.interviews.status')} aria-label={t('opinions.interviews.status')} style={{ width: 180 }} value={status} onChange={setStatus} options={INTERVIEW_STATUSES.map((s) => ({ value: s, label: INTERVIEW_STATUS_LABELS[s] }))} />
        {list.isError ? <ProblemAlert error={list.error} /> : <Table rowKey="id" loading={list.isPending} columns={columns} dataSource={list.data?.items} pagination={{ pageSize: 20 }} scroll={{ x: 1300 }} />}
      </Flex>
      {dialog && <DecisionModal dialog={dialog} onClose={() => setDialog(null)} />}
    </Card>
  );
}
