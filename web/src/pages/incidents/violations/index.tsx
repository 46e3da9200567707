import { VIOLATION_STATUS_LABELS, VIOLATION_STATUSES, type ViolationStatus } from '@fabutong/core/contract/incidents';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useOpenLink } from '../../../components/links';
import { problemText } from '../../../api/problem';
import { canDecideViolations } from '../../../components/incidents/access';
import type { Violation } from '../../../components/incidents/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useDecide, useViolations } from './api';

const STATUS_COLOUR: Record<ViolationStatus, string> = { candidate: 'orange', confirmed: 'red', dismissed: 'default' };

export default function ViolationsPage() {
  const { me } = useCurrentUser();
  const [filter, setFilter] = useState<{ status?: string; page: number }>({ status: 'candidate', page: 1 });
  const violations = useViolations(filter);
  const [deciding, setDeciding] = useState<{ violation: Violation; decision: 'confirm' | 'dismiss' } | null>(null);
  const [showing, setShowing] = useState<Violation | null>(null);
  const may = canDecideViolations(me);

  const columns: TableColumnsType<Violation> = [
    { title: t('incidents.violations.columns.detectedAt'), dataIndex: 'detectedAt', width: 140, render: (at: string) => formatDistrictDateTime(at) },
    { title: t('incidents.violations.columns.kind'), key: 'kind', width: 130, render: (_, v) => <Tag>{`${v.kind} ${v.article}`}</Tag> },
    {
      title: t('incidents.violations.columns.summary'),
      key: 'summary',
      width: 340,
      render: (_, v) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setShowing(v)}>
          {v.summary}
        </Button>
      ),
    },
    { title: t('incidents.violations.columns.unit'), dataIndex: 'unitName', width: 120 },
    { title: t('incidents.violations.columns.people'), key: 'people', width: 180, render: (_, v) => v.people.map((p) => `${p.name}${p.post ? `（${p.post}）` : ''}`).join('、') || '—' },
    {
      title: t('incidents.violations.columns.status'),
      key: 'status',
      width: 220,
      render: (_, v) => (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLOUR[v.status]} style={{ alignSelf: 'flex-start' }}>
            {VIOLATION_STATUS_LABELS[v.status]}
          </Tag>
          {v.decidedAt && (
            <Typography.Text type="secondary">{t('incidents.violations.decided', { by: v.decidedBy ?? '', at: formatDistrictDateTime(v.decidedAt), reason: v.decisionReason ?? '' })}</Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(may
      ? [
          {
            title: t('incidents.violations.columns.decision'),
            key: 'decide',
            width: 120,
            render: (_: unknown, v: Violation) =>
              v.status === 'candidate' && (
                <Flex gap={4}>
                  <Button type="link" size="small" danger onClick={() => setDeciding({ violation: v, decision: 'confirm' })}>
                    {t('incidents.violations.confirm')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setDeciding({ violation: v, decision: 'dismiss' })}>
                    {t('incidents.violations.dismiss')}
                  </Button>
                </Flex>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.violations.title')}</h1>}>
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('incidents.violations.hint')} />
        <Select
          allowClear
          placeholder={t('incidents.violations.allStatuses')}
          value={filter.status}
          onChange={(status?: string) => setFilter({ status, page: 1 })}
          options={VIOLATION_STATUSES.map((s) => ({ value: s, label: VIOLATION_STATUS_LABELS[s] }))}
          style={{ width: 160 }}
        />
        {violations.isError ? (
          <ProblemAlert error={violations.error} />
        ) : (
          <Table<Violation>
            rowKey="id"
            columns={columns}
            dataSource={violations.data?.items}
            loading={violations.isPending}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('incidents.violations.empty') }}
            pagination={{ current: filter.page, pageSize: 20, total: violations.data?.total, hideOnSinglePage: true, onChange: (page) => setFilter({ ...filter, page }) }}
          />
        )}
      </Flex>
      {deciding && <DecisionModal {...deciding} onClose={() => setDeciding(null)} />}
      {showing && <EvidenceDrawer violation={showing} onClose={() => setShowing(null)} />}
    </Card>
  );
}

function DecisionModal({ violation, decision, onClose }: { violation: Violation; decision: 'confirm' | 'dismiss'; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecide();
  const { message } = App.useApp();
  const submit = async ({ reason }: { reason: string }) => {
    try {
      await decide.mutateAsync({ id: violation.id, decision, reason });
      void message.success(decision === 'confirm' ? t('incidents.violations.done.confirmed') : t('incidents.violations.done.dismissed'));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal
      open
      title={decision === 'confirm' ? t('incidents.violations.confirmTitle') : t('incidents.violations.dismissTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: decision === 'confirm' }}
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{violation.summary}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('incidents.violations.reason')} rules={[{ required: true, message: t('incidents.violations.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The evidence as recorded when the candidate was detected. */
function EvidenceDrawer({ violation, onClose }: { violation: Violation; onClose: () => void }) {
  const openLink = useOpenLink();
  const evidence = Object.entries(violation.evidence).filter(([, v]) => typeof v !== 'object' || v === null);
  const releases = violation.evidence.releasesAtDetection as { id: number; title: string; status: string; at: string }[] | undefined;
  return (
    <Drawer open title={t('incidents.violations.evidence')} onClose={onClose} size="min(560px, 100vw)">
      <Flex vertical gap={16}>
        <Typography.Paragraph strong>{violation.summary}</Typography.Paragraph>
        <Typography.Text type="secondary">
          {violation.kind} {ARTICLES[violation.kind].article}：{ARTICLES[violation.kind].summary}
        </Typography.Text>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={evidence.map(([key, value]) => ({ key, label: key, children: typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? formatDistrictDateTime(value) : String(value) }))}
        />
        {releases && (
          <Typography.Text>
            {releases.length === 0 ? t('incidents.violations.noReleases') : releases.map((r) => `#${r.id} ${r.title}（${r.status}，${formatDistrictDateTime(r.at)}）`).join('；')}
          </Typography.Text>
        )}
        {violation.link && (
          <Button onClick={() => openLink(violation.link!)} style={{ alignSelf: 'flex-start' }}>
            {t('incidents.violations.source')}
          </Button>
        )}
      </Flex>
    </Drawer>
  );
}
