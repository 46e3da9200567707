import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { IN_NAME_OF_LABELS, MEDIA_LEVEL_LABELS, ORGANIZER_LABELS, PARTICIPANT_PART_LABELS, RISK_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { Button, Card, Col, Collapse, Descriptions, Empty, Flex, Grid, Result, Row, Table, Tag, Tooltip, Typography, theme, type DescriptionsProps, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Release } from '../../../api/release-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { idParam, useOutlets, usePerson, usePlatforms, useRelease } from '../../../components/releases/api';
import { CategoryTags, FormTag, ReleaseStatusTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import CoverageModal from './CoverageModal';

const GOING_OUT = ['held', 'published'];

export default function ReleasePage() {
  const { id: idText } = useParams();
  const id = idParam(idText);
  const release = useRelease(id);
  if (id === undefined) return <NotFound />;
  if (release.isPending) return <PageLoading />;
  if (release.isError) return <ProblemAlert error={release.error} />;
  return <ReleaseView release={release.data} />;
}

function NotFound() {
  return (
    <Result
      status="404"
      title={t('releases.detail.notFound')}
      extra={
        <Link to="/releases">
          <Button>{t('releases.detail.backToRegister')}</Button>
        </Link>
      }
    />
  );
}

function ReleaseView({ release }: { release: Release }) {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const narrow = Grid.useBreakpoint().md === false;
  const platforms = usePlatforms();
  const outlets = useOutlets();
  const [coverageOpen, setCoverageOpen] = useState(false);
  const names = new Map(release.participants.map((p) => [p.personId, p.personName]));
  const goneOut = GOING_OUT.includes(release.status);
  const empty = <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;

  const facts: DescriptionsProps['items'] = [
    { key: 'unit', label: t('releases.detail.unit'), children: release.unitName },
    { key: 'form', label: t('releases.detail.form'), children: <FormTag form={release.form} /> },
    { key: 'time', label: t('releases.detail.time'), children: formatDistrictDateTime(release.startsAt) },
    { key: 'venue', label: t('releases.detail.venue'), children: release.venue ?? empty },
    { key: 'categories', label: t('releases.detail.categories'), children: <CategoryTags categories={release.categories} /> },
    { key: 'status', label: t('releases.detail.status'), children: <ReleaseStatusTag status={release.status} /> },
    { key: 'inNameOf', label: t('releases.detail.inNameOf'), children: IN_NAME_OF_LABELS[release.inNameOf] },
    { key: 'organizer', label: t('releases.detail.organizer'), children: ORGANIZER_LABELS[release.organizer] },
    { key: 'qa', label: t('releases.detail.qa'), children: <YesNo value={release.qa} yes={t('releases.detail.qaYes')} no={t('releases.detail.qaNo')} /> },
    {
      key: 'public',
      label: t('releases.detail.public'),
      children: release.isPublic ? (
        t('releases.detail.isPublic')
      ) : (
        <span>
          <Tag color="orange">{t('releases.detail.notPublic')}</Tag>
          {release.notPublicReason}
        </span>
      ),
    },
    {
      key: 'platforms',
      label: t('releases.detail.platforms'),
      span: 'filled',
      children: release.platformIds.length
        ? release.platformIds.map((pid) => <Tag key={pid}>{platforms.data?.items.find((p) => p.id === pid)?.name ?? `#${pid}`}</Tag>)
        : empty,
    },
    { key: 'summary', label: t('releases.detail.summary'), span: 'filled', children: release.summary ? <Paragraphs text={release.summary} /> : empty },
  ];

  const review = release.confidentialityReview;
  const risk = release.riskAssessment;
  const checks: DescriptionsProps['items'] = [
    {
      key: 'review',
      label: <Cited rule="A18.5">{t('releases.detail.review')}</Cited>,
      span: 'filled',
      children: review ? t('releases.detail.reviewedBy', { reviewer: review.reviewer, at: formatDistrictDateTime(review.reviewedAt) }) : <Typography.Text type="warning">{t('releases.detail.notReviewed')}</Typography.Text>,
    },
    {
      key: 'risk',
      label: <Cited rule="A13.7">{t('releases.detail.risk')}</Cited>,
      span: 'filled',
      children: risk ? (
        <Flex vertical gap={4}>
          <Flex gap={12} wrap>
            <YesNo value={risk.topicReviewed} yes={t('releases.form.risk.topicReviewed')} />
            <YesNo value={risk.contentReviewed} yes={t('releases.form.risk.contentReviewed')} />
            <YesNo value={risk.formReviewed} yes={t('releases.form.risk.formReviewed')} />
          </Flex>
          <span>
            {t('releases.form.risk.level')}：{risk.riskLevel ? RISK_LEVEL_LABELS[risk.riskLevel] : t('common.empty')}
          </span>
          <span>
            {t('releases.detail.answerable')}：{t('releases.form.risk.principal')} <PersonName id={risk.principalId} names={names} />；{t('releases.form.risk.spokesperson')}{' '}
            <PersonName id={risk.spokespersonId} names={names} />；{t('releases.form.risk.mainSpeaker')} <PersonName id={risk.mainSpeakerId} names={names} />
          </span>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('releases.detail.noRisk')}</Typography.Text>
      ),
    },
  ];

  const outletColumns: TableColumnsType<Release['outlets'][number]> = [
    { title: t('releases.detail.outlet'), dataIndex: 'outletName', render: (name: string, o) => <Link to={`/media/outlets/${o.outletId}`}>{name}</Link> },
    { title: t('releases.detail.level'), dataIndex: 'level', width: 80, render: (level: keyof typeof MEDIA_LEVEL_LABELS) => MEDIA_LEVEL_LABELS[level] },
    { title: t('releases.detail.journalist'), dataIndex: 'journalistName', width: 120, render: (name: string | null) => name ?? empty },
  ];

  const coverageColumns: TableColumnsType<Release['coverage'][number]> = [
    { title: t('releases.coverage.publishedOn'), dataIndex: 'publishedOn', width: 110 },
    { title: t('releases.coverage.outletName'), dataIndex: 'outletName', width: 160 },
    {
      title: t('releases.coverage.reportTitle'),
      dataIndex: 'title',
      render: (title: string, c) =>
        c.url ? (
          <a href={c.url} target="_blank" rel="noreferrer noopener">
            {title} <LinkOutlined />
          </a>
        ) : (
          title
        ),
    },
  ];

  const coverageButton = access.writeReleases && (
    <Tooltip title={goneOut ? undefined : t('releases.coverage.onlyAfter')}>
      <Button size="small" icon={<PlusOutlined />} disabled={!goneOut} onClick={() => setCoverageOpen(true)}>
        {t('releases.coverage.add')}
      </Button>
    </Tooltip>
  );

  const longTexts = [
    release.body && { key: 'body', label: t('releases.form.body'), children: <Paragraphs text={release.body} /> },
    release.transcript && { key: 'transcript', label: t('releases.form.transcript'), children: <Paragraphs text={release.transcript} /> },
  ].filter((x) => !!x);

  const cardStyles = narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined;

  return (
    <Flex vertical gap={16}>
      <Card
        styles={cardStyles}
        title={
          <Flex vertical gap={2} style={{ padding: '12px 0', whiteSpace: 'normal' }}>
            <Link to="/releases" style={{ fontSize: 13, fontWeight: 'normal' }}>
              <ArrowLeftOutlined /> {t('releases.detail.backToRegister')}
            </Link>
            <h1 style={{ margin: 0, fontSize: narrow ? 17 : 20 }}>{release.title}</h1>
          </Flex>
        }
        extra={
          access.writeReleases && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/releases/${release.id}/edit`)}>
              {t('releases.detail.edit')}
            </Button>
          )
        }
      >
        <Descriptions items={facts} column={{ xs: 1, sm: 1, md: 2, xl: 3 }} size="small" />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.detail.participants')}</h2>} styles={cardStyles} style={{ height: '100%' }}>
            {release.participants.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('releases.detail.noParticipants')} />
            ) : (
              <Flex gap={8} wrap>
                {release.participants.map((p) => (
                  <Tag key={`${p.personId}-${p.part}`} color={p.part === 'main_speaker' ? 'blue' : undefined} style={{ padding: '2px 8px' }}>
                    {p.personName} · {PARTICIPANT_PART_LABELS[p.part]}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.detail.outlets')}</h2>} styles={cardStyles} style={{ height: '100%' }}>
            <Table rowKey={(o) => `${o.outletId}-${o.journalistId}`} size="small" columns={outletColumns} dataSource={release.outlets} pagination={false} locale={{ emptyText: t('releases.detail.noOutlets') }} />
          </Card>
        </Col>
      </Row>

      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.detail.checks')}</h2>} styles={cardStyles}>
        <Descriptions items={checks} column={1} size="small" layout={narrow ? 'vertical' : 'horizontal'} />
      </Card>

      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.detail.after')}</h2>} extra={coverageButton} styles={cardStyles}>
        <Flex vertical gap={16}>
          {narrow ? (
            <CoverageList coverage={release.coverage} empty={goneOut ? t('releases.coverage.empty') : t('releases.coverage.onlyAfter')} />
          ) : (
            <Table
              rowKey="id"
              size="small"
              columns={coverageColumns}
              dataSource={release.coverage}
              pagination={false}
              locale={{ emptyText: goneOut ? t('releases.coverage.empty') : t('releases.coverage.onlyAfter') }}
            />
          )}
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              <Cited rule="A15.6">{t('releases.detail.opinionReaction')}</Cited>
            </Typography.Title>
            {release.opinionReaction ? <Paragraphs text={release.opinionReaction} /> : <Typography.Text type="secondary">{t('releases.detail.noOpinionReaction')}</Typography.Text>}
          </div>
        </Flex>
      </Card>

      {longTexts.length > 0 && <Collapse items={longTexts} />}

      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('releases.detail.stamps', { created: formatDistrictDateTime(release.createdAt), updated: formatDistrictDateTime(release.updatedAt) })}
      </Typography.Text>

      {coverageOpen && <CoverageModal releaseId={release.id} outlets={outlets.data?.items ?? []} onClose={() => setCoverageOpen(false)} />}
    </Flex>
  );
}

/** Coverage on a phone: one block per report rather than a table too wide for the screen. */
function CoverageList({ coverage, empty }: { coverage: Release['coverage']; empty: string }) {
  const { token } = theme.useToken();
  if (coverage.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical>
      {coverage.map((c, i) => (
        <Flex key={c.id} vertical gap={2} style={{ padding: '8px 0', borderTop: i === 0 ? undefined : `1px solid ${token.colorBorderSecondary}` }}>
          {c.url ? (
            <a href={c.url} target="_blank" rel="noreferrer noopener">
              {c.title} <LinkOutlined />
            </a>
          ) : (
            <Typography.Text>{c.title}</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.outletName} · {c.publishedOn}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

function YesNo({ value, yes, no }: { value: boolean; yes: string; no?: string }) {
  return value ? (
    <span>
      <CheckCircleFilled style={{ color: '#52c41a' }} /> {yes}
    </span>
  ) : (
    <Typography.Text type="secondary">
      <CloseCircleFilled /> {no ?? yes}
    </Typography.Text>
  );
}

/** A label with the article it answers to on hover. */
function Cited({ rule, children }: { rule: keyof typeof ARTICLES; children: ReactNode }) {
  return (
    <Tooltip title={`${ARTICLES[rule].article}：${ARTICLES[rule].summary}`}>
      <span>
        {children} <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>{ARTICLES[rule].article}</Typography.Text>
      </span>
    </Tooltip>
  );
}

function PersonName({ id, names }: { id: number | null; names: ReadonlyMap<number, string> }) {
  const known = id === null ? t('common.empty') : names.get(id);
  const person = usePerson(known === undefined ? id : null);
  return <Typography.Text strong>{known ?? person.data?.person.name ?? `#${id}`}</Typography.Text>;
}

function Paragraphs({ text }: { text: string }) {
  return <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</div>;
}
