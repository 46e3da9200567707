import { EditOutlined, FileWordOutlined, WarningFilled } from '@ant-design/icons';
import { APPROVAL_STEP_LABELS, CONFERENCE_KIND_LABELS, type ConferenceStatus } from '@fabutong/core/contract/conferences';
import { CONTENT_CATEGORY_LABELS, IN_NAME_OF_LABELS, PARTICIPANT_PART_LABELS, RISK_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, Button, Card, Descriptions, Flex, Result, Steps, Tabs, Timeline, Typography, message } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { problemText } from '../../../api/problem';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConference } from '../../../components/conferences/api';
import { ConferenceStatusTag } from '../../../components/conferences/tags';
import type { Conference } from '../../../components/conferences/types';
import { downloadFile } from '../../../components/org/download';
import { idParam } from '../../../components/releases/api';
import { t } from '../../../locales';
import Actions from './Actions';
import Archive from './Archive';
import Documents from './Documents';
import Live from './Live';
import Review from './Review';

export default function ConferencePage() {
  const { id: idText } = useParams();
  const id = idParam(idText);
  const conference = useConference(id);
  if (id === undefined) return <Result status="404" title={t('conferences.detail.notFound')} extra={<Link to="/conferences">{t('conferences.detail.back')}</Link>} />;
  if (conference.isPending) return <PageLoading />;
  if (conference.isError) return <ProblemAlert error={conference.error} />;
  return <ConferenceView conference={conference.data} />;
}

const PATH: ConferenceStatus[] = ['draft', 'unit_approval', 'submitted', 'in_review', 'content_approval', 'approved', 'announced', 'live', 'held', 'archived'];

function progress(status: ConferenceStatus): number {
  if (status === 'revision') return PATH.indexOf('in_review');
  return PATH.indexOf(status);
}

const DECISION_STEP: Record<string, string> = { unit_principal: '单位主要负责人审核', review: '区政府新闻办规范性审核', withdraw: '撤回', ...APPROVAL_STEP_LABELS };

function ConferenceView({ conference: c }: { conference: Conference }) {
  const navigate = useNavigate();
  const ended = c.status === 'withdrawn' || c.status === 'refused';
  const people = (part: string) => c.participants.filter((p) => p.part === part);
  const form = () => void downloadFile(`/conference-applications/${c.id}/form.docx`, `${c.title}-申报表.docx`).catch((e: unknown) => void message.error(problemText(e)));

  const info = (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'unit', label: t('conferences.form.unit'), children: c.unitName },
        { key: 'name', label: t('conferences.form.inNameOf'), children: IN_NAME_OF_LABELS[c.inNameOf] },
        { key: 'time', label: t('conferences.form.startsAt'), children: `${formatDistrictDateTime(c.startsAt)}（${c.durationMinutes} 分钟）` },
        { key: 'venue', label: t('conferences.form.venue'), children: `${c.venueName}${c.venueReason ? `（${c.venueReason}）` : ''}` },
        { key: 'kind', label: t('conferences.form.kind'), children: CONFERENCE_KIND_LABELS[c.kind], span: 2 },
        ...(['main_speaker', 'host', 'speaker', 'expert'] as const)
          .filter((part) => people(part).length)
          .map((part) => ({ key: part, label: PARTICIPANT_PART_LABELS[part], children: people(part).map((p) => `${p.personName}${p.authorizedByUnit ? t('conferences.detail.authorized') : ''}`).join('、') })),
        ...(c.guests.length ? [{ key: 'guests', label: t('conferences.detail.guests'), children: c.guests.map((g) => `${g.name}${g.title ? `（${g.title}）` : ''}`).join('、') }] : []),
        ...(c.outlets.length ? [{ key: 'outlets', label: t('conferences.form.outlets'), children: c.outlets.map((o) => o.outletName).join('、') }] : []),
        { key: 'major', label: t('conferences.form.majorMatter'), children: c.majorMatter ? t('conferences.detail.majorYes', { leader: c.chargeLeaderName ?? '—' }) : t('conferences.detail.no') },
        { key: 'chain', label: t('conferences.detail.chain'), children: c.approvalChain.map((s) => APPROVAL_STEP_LABELS[s]).join(' → ') },
        { key: 'categories', label: t('conferences.form.categories'), children: c.categories.map((k) => CONTENT_CATEGORY_LABELS[k]).join('、') },
        { key: 'risk', label: t('conferences.form.riskLevel'), children: c.riskAssessment?.riskLevel ? RISK_LEVEL_LABELS[c.riskAssessment.riskLevel] : t('conferences.detail.notAssessed') },
        {
          key: 'latest',
          label: t('conferences.detail.latestSubmission'),
          children: c.latestSubmission ? `${c.latestSubmission.date}${c.latestSubmission.provisional ? ` ${t('conferences.form.provisional')}` : ''}` : t('conferences.detail.exempt'),
        },
        { key: 'submitted', label: t('conferences.detail.submissionDate'), children: c.submissionDate ?? t('common.empty') },
        {
          key: 'due',
          label: t('conferences.detail.reviewDue'),
          children: c.reviewDue ? (
            <Typography.Text type={c.reviewOverdue ? 'danger' : undefined}>
              {c.reviewOverdue && <WarningFilled />} {c.reviewDue} {c.reviewOverdue && t('conferences.list.overdue')}
            </Typography.Text>
          ) : (
            t('common.empty')
          ),
        },
        ...(c.summary ? [{ key: 'summary', label: t('conferences.form.summary'), children: c.summary, span: 2 }] : []),
      ]}
    />
  );

  const decisions = c.decisions.length ? (
    <Timeline
      items={c.decisions.map((d) => ({
        color: d.decision === 'approved' ? 'green' : d.decision === 'refused' ? 'red' : 'orange',
        children: (
          <Flex vertical>
            <Typography.Text strong>
              {DECISION_STEP[d.step] ?? d.step} · {t(`conferences.decision.${d.decision}`)}
            </Typography.Text>
            {d.opinion && <Typography.Text>{d.opinion}</Typography.Text>}
            <Typography.Text type="secondary">
              {d.actorName}
              {d.onBehalfOf && t('conferences.detail.onBehalf', { name: d.onBehalfOf })} · {formatDistrictDateTime(d.at)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  ) : (
    <Typography.Text type="secondary">{t('conferences.detail.noDecisions')}</Typography.Text>
  );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <h1 style={{ margin: 0, fontSize: 20 }}>{c.title}</h1>
            <ConferenceStatusTag status={c.status} />
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            <Button icon={<FileWordOutlined />} onClick={form}>
              {t('conferences.detail.form')}
            </Button>
            {c.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/conferences/${c.id}/edit`)}>
                {t('conferences.detail.edit')}
              </Button>
            )}
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          {!ended && <Steps size="small" current={progress(c.status)} items={PATH.map((s) => ({ title: t(`conferences.steps.${s}`) }))} responsive />}
          {c.status === 'revision' && <Alert type="warning" showIcon title={t('conferences.detail.revision')} />}
          {c.reviewOverdue && <Alert type="error" showIcon title={t('conferences.detail.overdue', { date: c.reviewDue ?? '' })} />}
          <Actions conference={c} />
        </Flex>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'info', label: t('conferences.tabs.info'), children: info },
            { key: 'documents', label: t('conferences.tabs.documents'), children: <Documents conference={c} /> },
            { key: 'review', label: t('conferences.tabs.review'), children: <Review conference={c} /> },
            { key: 'decisions', label: t('conferences.tabs.decisions'), children: decisions },
            { key: 'live', label: t('conferences.tabs.live'), children: <Live conference={c} /> },
            ...(['held', 'archived'].includes(c.status) ? [{ key: 'archive', label: t('conferences.tabs.archive'), children: <Archive conference={c} /> }] : []),
          ]}
        />
      </Card>
    </Flex>
  );
}
