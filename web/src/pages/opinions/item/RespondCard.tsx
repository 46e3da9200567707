import { RELEASE_STATUS_LABELS } from '@fabutong/core/contract/releases';
import { TALKING_POINT_USE_KIND_LABELS } from '@fabutong/core/contract/talking-points';
import { App, Button, Card, Checkbox, Divider, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText, setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useOpinionAction, useReleaseChoices } from '../../../components/opinions/api';
import type { OpinionItemDetail } from '../../../components/opinions/types';
import UsablePoints, { type PointSummary } from '../../../components/talking-points/UsablePoints';
import { t } from '../../../locales';

type DraftValues = { title: string; body: string; publish: boolean; reviewer?: string };

/** Closing the item: a response release (drafted here, or one already registered), or a decision not to respond. */
export default function RespondCard({ item, mayAct }: { item: OpinionItemDetail; mayAct: boolean }) {
  const { access } = useCurrentUser();
  const [draft] = Form.useForm<DraftValues>();
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [releaseId, setReleaseId] = useState<number | undefined>();
  const action = useOpinionAction();
  const releases = useReleaseChoices(mayAct ? item.unitId : null, 'opinion_response');
  const { message } = App.useApp();
  const publish = Form.useWatch('publish', draft) ?? false;

  if (item.status === 'responded' && item.responseRelease) {
    return (
      <Card title={t('opinions.item.respond.title')} size="small">
        {t('opinions.item.respond.responded')}
        <Link to={`/releases/${item.responseRelease.id}`}>{item.responseRelease.title}</Link>（{RELEASE_STATUS_LABELS[item.responseRelease.status]}）
      </Card>
    );
  }
  if (item.status === 'not_responded') {
    return (
      <Card title={t('opinions.item.respond.title')} size="small">
        {t('opinions.item.respond.closedNo', { reason: item.noResponseReason ?? '' })}
      </Card>
    );
  }
  if (!mayAct) return null;

  // A9.3: the response draws on the unit's approved lines in force; quoting one adds its answer to the text.
  const quote = (point: PointSummary) => {
    const body = (draft.getFieldValue('body') as string | undefined)?.trimEnd();
    draft.setFieldValue('body', body ? `${body}\n\n${point.answer}` : point.answer);
  };

  const run = async (path: string, body: object, form?: typeof draft | typeof reasonForm) => {
    try {
      await action.mutateAsync({ path: `/opinions/${item.id}/${path}`, body });
      void message.success(t('opinions.item.respond.done'));
    } catch (error) {
      if (form) setFieldErrors(form as typeof draft, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Card title={t('opinions.item.respond.title')} size="small">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('opinions.item.respond.draft')}
        </Typography.Title>
        {item.unitId !== null && (
          <UsablePoints unitId={item.unitId} kind="opinion" refId={item.id} label={`${TALKING_POINT_USE_KIND_LABELS.opinion}：${item.title}`} onUse={quote} buttonProps={{ size: 'small' }} />
        )}
      </Flex>
      <Form<DraftValues>
        form={draft}
        layout="vertical"
        initialValues={{ publish: false }}
        onFinish={(v) =>
          run(
            'response-release',
            { title: v.title, body: v.body, status: v.publish ? 'published' : 'planned', confidentialityReview: v.reviewer?.trim() ? { reviewer: v.reviewer.trim(), reviewedAt: new Date().toISOString() } : null },
            draft,
          )
        }
      >
        <Form.Item name="title" label={t('opinions.item.respond.releaseTitle')} rules={[{ required: true, message: t('opinions.item.respond.releaseTitleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('opinions.item.respond.body')} rules={[{ required: true, message: t('opinions.item.respond.bodyRequired') }]}>
          <Input.TextArea rows={4} maxLength={50_000} />
        </Form.Item>
        {access.approveReleases && (
          <Form.Item name="publish" valuePropName="checked">
            <Checkbox>{t('opinions.item.respond.publishNow')}</Checkbox>
          </Form.Item>
        )}
        {publish && (
          <Form.Item name={['reviewer']} label={t('opinions.item.respond.reviewer')} extra={t('opinions.item.respond.reviewerHint')} rules={[{ required: true, message: t('opinions.item.respond.reviewerHint') }]}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={action.isPending}>
          {t('opinions.item.respond.submit')}
        </Button>
      </Form>
      <Divider />
      <Typography.Title level={5}>{t('opinions.item.respond.link')}</Typography.Title>
      <Flex gap={8} wrap>
        <Select<number>
          style={{ minWidth: 320 }}
          placeholder={t('opinions.item.respond.linkPlaceholder')}
          aria-label={t('opinions.item.respond.link')}
          value={releaseId}
          onChange={setReleaseId}
          loading={releases.isPending}
          options={(releases.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.date} ${r.title}` }))}
        />
        <Button disabled={!releaseId} onClick={() => void run('response', { releaseId })}>
          {t('opinions.item.respond.linkSubmit')}
        </Button>
      </Flex>
      {(access.newsOffice || access.approveReleases) && (
        <>
          <Divider />
          <Typography.Title level={5}>{t('opinions.item.respond.noResponse')}</Typography.Title>
          <Form form={reasonForm} layout="inline" onFinish={(v) => run('no-response', v, reasonForm)}>
            <Form.Item name="reason" label={t('opinions.item.respond.reason')} rules={[{ required: true, message: t('opinions.item.respond.reasonRequired') }]} style={{ minWidth: 360 }}>
              <Input maxLength={2000} />
            </Form.Item>
            <Button danger htmlType="submit">
              {t('opinions.item.respond.noResponseSubmit')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
