import { ArrowLeftOutlined, DownOutlined, EditOutlined, ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { INCIDENT_STATUS_LABELS } from '@fabutong/core/contract/incidents';
import { RELEASE_STATUS_LABELS } from '@fabutong/core/contract/releases';
import { INCIDENT_KIND_LABELS, RELEASE_FORM_LABELS } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, Descriptions, Dropdown, Empty, Flex, Popconfirm, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { problemText } from '../../../api/problem';
import { incidentAccess } from '../../../components/incidents/access';
import type { Detail, Update } from '../../../components/incidents/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { gradeLabel } from '../../../components/incidents/clock';
import { t } from '../../../locales';
import { GRADE_COLOUR } from '../register';
import { CloseModal, EditModal, LinkModal, RegradeModal, ReviewModal } from './ActionModals';
import { useIncident, usePublishUpdate } from './api';
import ClockCards from './ClockCards';
import UpdateModal from './UpdateModal';

type Dialog =
  | { kind: 'edit' | 'regrade' | 'close' | 'link' | 'draft' }
  | { kind: 'editUpdate' | 'review'; update: Update }
  | null;

export default function IncidentPage() {
  const id = Number(useParams().id);
  // The page list cannot keep this route out of the menu, whose link carries the literal `:id`.
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/incidents" replace />;
  return <IncidentView key={id} id={id} />;
}

function BackLink() {
  return (
    <Link to="/incidents" style={{ alignSelf: 'flex-start' }}>
      <ArrowLeftOutlined /> {t('incidents.detail.back')}
    </Link>
  );
}

function IncidentView({ id }: { id: number }) {
  const incident = useIncident(id);
  if (incident.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (incident.isError) {
    return (
      <Flex vertical gap={16}>
        <BackLink />
        <ProblemAlert error={incident.error} />
      </Flex>
    );
  }
  return <Loaded incident={incident.data} />;
}

function Loaded({ incident }: { incident: Detail }) {
  const { me } = useCurrentUser();
  const may = incidentAccess(me, incident.responsibleUnitId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const active = incident.status === 'active';

  const actions = [
    { key: 'edit', label: t('incidents.detail.edit') },
    { key: 'regrade', label: t('incidents.detail.regrade'), disabled: !active },
    { key: 'link', label: t('incidents.detail.link') },
    { key: 'close', label: t('incidents.detail.close'), danger: true, disabled: !active },
  ];

  return (
    <Flex vertical gap={16}>
      <BackLink />
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <h1 style={{ margin: 0, fontSize: 'inherit' }}>{incident.title}</h1>
            <Tag color={GRADE_COLOUR[incident.grade]}>{gradeLabel(incident.grade)}</Tag>
            <Tag>{INCIDENT_KIND_LABELS[incident.kind]}</Tag>
            <Tag color={active ? 'red' : 'default'}>{INCIDENT_STATUS_LABELS[incident.status]}</Tag>
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {incident.isPublic && incident.confidentialityReview && (
              <Button href={`/incidents/${incident.id}`} target="_blank" icon={<ExportOutlined />}>
                {t('incidents.detail.portal')}
              </Button>
            )}
            {may.manage && (
              <Dropdown menu={{ items: actions, onClick: ({ key }) => setDialog({ kind: key as 'edit' }) }}>
                <Button icon={<EditOutlined />}>
                  {t('common.actions')} <DownOutlined />
                </Button>
              </Dropdown>
            )}
          </Flex>
        }
      >
        {incident.isPublic && !incident.confidentialityReview && <Alert type="warning" showIcon title={t('incidents.form.unreviewed')} style={{ marginBottom: 16 }} />}
        {!active && incident.closedAt && <Alert type="info" showIcon title={t('incidents.detail.closed', { at: formatDistrictDateTime(incident.closedAt) })} style={{ marginBottom: 16 }} />}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'occurredAt', label: t('incidents.detail.occurredAt'), children: formatDistrictDateTime(incident.occurredAt) },
            { key: 'location', label: t('incidents.detail.location'), children: incident.location },
            { key: 'unit', label: t('incidents.detail.unit'), children: incident.responsibleUnitName },
            { key: 'fieldCommand', label: t('incidents.detail.fieldCommand'), children: incident.fieldCommand ?? t('common.empty') },
            {
              key: 'public',
              label: t('incidents.detail.publicness'),
              children: incident.isPublic ? t('incidents.form.isPublic') : t('incidents.detail.notPublic', { reason: incident.notPublicReason ?? '' }),
            },
            ...(incident.summary ? [{ key: 'summary', label: t('incidents.detail.summary'), children: incident.summary, span: 3 }] : []),
          ]}
        />
      </Card>

      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.detail.clocks')}</h2>}>
        <ClockCards clocks={incident.clocks} nextUpdate={incident.nextUpdate} />
      </Card>

      <Card
        title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.detail.updates')}</h2>}
        extra={
          may.draft &&
          active && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'draft' })}>
              {t('incidents.detail.newUpdate')}
            </Button>
          )
        }
      >
        {incident.updates.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.detail.noUpdates')} />
        ) : (
          <Flex vertical gap={12}>
            {incident.updates.map((u) => (
              <UpdateCard key={u.id} incident={incident} update={u} may={may} onEdit={() => setDialog({ kind: 'editUpdate', update: u })} onReview={() => setDialog({ kind: 'review', update: u })} />
            ))}
          </Flex>
        )}
      </Card>

      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.detail.releases')}</h2>}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={incident.releases}
          locale={{ emptyText: t('incidents.detail.noReleases') }}
          scroll={{ x: 640 }}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            { title: t('incidents.update.title'), dataIndex: 'title' },
            { title: t('incidents.detail.form'), dataIndex: 'form', width: 130, render: (f: keyof typeof RELEASE_FORM_LABELS) => RELEASE_FORM_LABELS[f] },
            { title: t('incidents.register.columns.status'), dataIndex: 'status', width: 90, render: (s: keyof typeof RELEASE_STATUS_LABELS) => RELEASE_STATUS_LABELS[s] },
            { title: t('incidents.alerts.columns.time'), dataIndex: 'startsAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
          ]}
        />
      </Card>

      <AlertPlan incident={incident} />

      {dialog?.kind === 'edit' && <EditModal incident={incident} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'regrade' && <RegradeModal incident={incident} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'close' && <CloseModal incident={incident} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'link' && <LinkModal incident={incident} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'draft' && <UpdateModal incident={incident} update={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'editUpdate' && <UpdateModal incident={incident} update={dialog.update} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'review' && <ReviewModal incident={incident} update={dialog.update} onClose={() => setDialog(null)} />}
    </Flex>
  );
}

const STATUS_COLOUR = { draft: 'default', reviewed: 'blue', published: 'green' } as const;

function UpdateCard({
  incident,
  update,
  may,
  onEdit,
  onReview,
}: {
  incident: Detail;
  update: Update;
  may: ReturnType<typeof incidentAccess>;
  onEdit: () => void;
  onReview: () => void;
}) {
  const publish = usePublishUpdate(incident.id);
  const { message } = App.useApp();
  const active = incident.status === 'active';
  const parts = [
    ['facts', update.facts],
    ['attitude', update.attitude],
    ['measures', update.measures],
    ['causes', update.causes],
  ] as const;

  const doPublish = async () => {
    try {
      await publish.mutateAsync(update.id);
      void message.success(t('incidents.update.done.published'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };

  return (
    <Card
      size="small"
      data-testid={`update-${update.sequence}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color={STATUS_COLOUR[update.status]}>{t(`incidents.update.status.${update.status}`)}</Tag>
          <Typography.Text strong>{update.title}</Typography.Text>
          <Typography.Text type="secondary">{t('incidents.update.sequence', { n: update.sequence })}</Typography.Text>
          {!update.isPublic && <Tag>{t('incidents.detail.notPublic', { reason: update.notPublicReason ?? '' })}</Tag>}
        </Flex>
      }
      extra={
        active && (
          <Flex gap={4}>
            {update.status !== 'published' && may.draft && (
              <Button size="small" onClick={onEdit}>
                {t('incidents.update.edit')}
              </Button>
            )}
            {update.status === 'draft' && may.review && (
              <Button size="small" onClick={onReview}>
                {t('incidents.update.review')}
              </Button>
            )}
            {update.status === 'reviewed' && may.review && (
              <Popconfirm title={t('incidents.update.publishConfirm')} onConfirm={doPublish} okText={t('incidents.update.publish')}>
                <Button size="small" type="primary" danger loading={publish.isPending}>
                  {t('incidents.update.publish')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )
      }
    >
      <Flex vertical gap={6}>
        {parts.map(([name, text]) =>
          text ? (
            <div key={name}>
              <Typography.Text strong>{t(`incidents.update.${name}`)}</Typography.Text>
              {name === 'causes' && !update.causesConfirmed && (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {t('incidents.update.causesUnconfirmed')}
                </Tag>
              )}
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>
            </div>
          ) : null,
        )}
        <Flex gap={12} wrap>
          <Typography.Text type="secondary">
            {t('incidents.update.source')}：{update.source}
          </Typography.Text>
          {update.nextUpdateBy && (
            <Typography.Text type="warning">
              {t('incidents.update.nextUpdateBy')}：{formatDistrictDateTime(update.nextUpdateBy)}
            </Typography.Text>
          )}
          {update.draftedBy && <Typography.Text type="secondary">{t('incidents.update.drafted', { name: update.draftedBy })}</Typography.Text>}
          {update.confidentialityReview && (
            <Typography.Text type="secondary">
              {t('incidents.update.confidentiality', { reviewer: update.confidentialityReview.reviewer, at: formatDistrictDateTime(update.confidentialityReview.reviewedAt) })}
            </Typography.Text>
          )}
          {update.reviewedBy && <Typography.Text type="secondary">{t('incidents.update.reviewed', { name: update.reviewedBy })}</Typography.Text>}
          {update.publishedAt && (
            <Typography.Text type="success">{t('incidents.update.published', { name: update.publishedBy ?? '', at: formatDistrictDateTime(update.publishedAt) })}</Typography.Text>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

type Step = Detail['alerts'][number];

function stepLabel(offset: number): string {
  if (offset < 0) return t('incidents.detail.stepBefore', { m: -offset });
  if (offset === 0) return t('incidents.detail.stepAt');
  return t('incidents.detail.stepAfter', { m: offset });
}

/** The alert steps: what has gone out and what is still to come. */
function AlertPlan({ incident }: { incident: Detail }) {
  const labelOf = (clockKey: string) => {
    const rule = clockKey.includes(':promise:') ? 'A13.4-d' : clockKey.split(':').at(-1);
    return rule === 'A13.4-d' ? t('incidents.clock.nextUpdate') : (incident.clocks.find((c) => c.rule === rule)?.label ?? rule);
  };
  const columns: TableColumnsType<Step> = [
    { title: t('incidents.detail.clocks'), dataIndex: 'clockKey', render: labelOf },
    { title: t('incidents.detail.step'), dataIndex: 'offsetMinutes', width: 140, render: stepLabel },
    { title: t('incidents.detail.runAt'), dataIndex: 'runAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    {
      title: t('incidents.detail.stepStatus'),
      key: 'status',
      width: 120,
      render: (_, s) => (
        <Flex gap={4}>
          <Tag color={s.status === 'done' ? 'green' : s.status === 'failed' ? 'red' : 'blue'}>{t(s.status === 'done' ? 'incidents.detail.stepDone' : s.status === 'failed' ? 'incidents.detail.stepFailed' : 'incidents.detail.stepPending')}</Tag>
          {s.late && <Tag color="orange">{t('incidents.detail.late')}</Tag>}
        </Flex>
      ),
    },
  ];
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.detail.alerts')}</h2>}>
      <Table<Step>
        rowKey={(s) => `${s.clockKey}:${s.offsetMinutes}:${s.runAt}`}
        size="small"
        pagination={false}
        dataSource={incident.alerts}
        columns={columns}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('incidents.detail.noAlerts') }}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('incidents.alerts.channelsHint')}
      </Typography.Text>
    </Card>
  );
}
