import { CONFERENCE_ACTION_LABELS, type ConferenceAction } from '@fabutong/core/contract/conferences';
import { Button, Flex, Form, Input, Modal, message } from 'antd';
import { useState } from 'react';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConferenceAction } from '../../../components/conferences/api';
import type { Conference } from '../../../components/conferences/types';
import { t } from '../../../locales';

/** The route of each transition, and whether its opinion is required (退回、不予同意 must say why). */
const ROUTES: Partial<Record<ConferenceAction, { path: string; opinion: 'required' | 'optional' | 'none'; danger?: boolean }>> = {
  request_unit_approval: { path: 'request-unit-approval', opinion: 'none' },
  return_to_draft: { path: 'return', opinion: 'required', danger: true },
  submit: { path: 'submit', opinion: 'optional' },
  start_review: { path: 'start-review', opinion: 'none' },
  request_revision: { path: 'request-revision', opinion: 'required', danger: true },
  resubmit: { path: 'resubmit', opinion: 'none' },
  pass_review: { path: 'pass-review', opinion: 'optional' },
  approve: { path: 'approve', opinion: 'optional' },
  refuse: { path: 'refuse', opinion: 'required', danger: true },
  withdraw: { path: 'withdraw', opinion: 'optional', danger: true },
  start_live: { path: 'start-live', opinion: 'none' },
  finish: { path: 'finish', opinion: 'none' },
};

/** The transitions open to the user now (announce and archive have their own forms). */
export default function Actions({ conference }: { conference: Conference }) {
  const action = useConferenceAction(conference.id);
  const [asking, setAsking] = useState<ConferenceAction | null>(null);
  const [form] = Form.useForm<{ opinion?: string }>();
  const open = conference.availableActions.filter((a) => ROUTES[a]);

  const run = async (a: ConferenceAction, opinion: string | null) => {
    const route = ROUTES[a]!;
    await action.mutateAsync({ path: route.path, body: route.opinion === 'none' ? {} : { opinion } });
    void message.success(t('conferences.actions.done', { action: CONFERENCE_ACTION_LABELS[a] }));
  };

  const click = (a: ConferenceAction) => {
    if (ROUTES[a]!.opinion === 'none') {
      run(a, null).catch(() => undefined);
      return;
    }
    form.resetFields();
    setAsking(a);
  };

  const confirm = async () => {
    const { opinion } = await form.validateFields();
    try {
      await run(asking!, opinion?.trim() ? opinion.trim() : null);
      setAsking(null);
    } catch {
      // Shown in the modal.
    }
  };

  if (open.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap>
        {open.map((a) => (
          <Button key={a} type={ROUTES[a]!.danger ? 'default' : 'primary'} danger={ROUTES[a]!.danger} loading={action.isPending && action.variables?.path === ROUTES[a]!.path} onClick={() => click(a)}>
            {CONFERENCE_ACTION_LABELS[a]}
          </Button>
        ))}
      </Flex>
      {action.isError && !asking && (
        <div style={{ marginTop: 12 }}>
          <ProblemAlert error={action.error} />
        </div>
      )}
      <Modal open={asking !== null} title={asking ? CONFERENCE_ACTION_LABELS[asking] : ''} okText={t('conferences.actions.confirm')} onOk={() => void confirm()} onCancel={() => setAsking(null)} confirmLoading={action.isPending} destroyOnHidden>
        {action.isError && <ProblemAlert error={action.error} />}
        <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item
            name="opinion"
            label={asking === 'pass_review' ? t('conferences.actions.proposed') : asking === 'approve' || asking === 'refuse' ? t('conferences.actions.leaderOpinion') : t('conferences.actions.opinion')}
            rules={asking && ROUTES[asking]!.opinion === 'required' ? [{ required: true, min: 2, message: t('conferences.actions.opinionRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={asking && ROUTES[asking]!.opinion === 'optional' ? t('conferences.actions.defaultAgree') : undefined} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
