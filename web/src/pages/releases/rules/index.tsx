import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { ARTICLES } from '@fabutong/core/rules/articles';
import {
  CONTENT_CATEGORY_LABELS,
  IN_NAME_OF_LABELS,
  INCIDENT_GRADE_LABELS,
  OPINION_LEVEL_LABELS,
  ORGANIZER_LABELS,
  PARTICIPANT_PART_LABELS,
  type IncidentGrade,
  type ReleaseForm,
} from '@fabutong/core/rules/vocabulary';
import type { Eligibility, QuotaSubjectRule, ReleaseCriteria } from '@fabutong/core/rules/ruleset';
import { UNIT_KIND_LABELS } from '@fabutong/core/units';
import { Card, Descriptions, Flex, Grid, Skeleton, Table, Tag, Typography, type DescriptionsProps, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { RuleSet } from '../../../api/release-types';
import ProblemAlert from '../../../components/ProblemAlert';
import { useActiveRuleSet } from '../../../components/releases/api';
import { ArticleTag, formLabel } from '../../../components/releases/tags';
import { t } from '../../../locales';

type Article = RuleSet['articles'][number];
interface QuotaRow {
  rule: string;
  text: string;
  subjects: string;
  requirement: string;
}

const forms = (list: readonly ReleaseForm[]) => list.map(formLabel).join('、');
const grades = (list: readonly IncidentGrade[]) => list.map((g) => `${g}级（${INCIDENT_GRADE_LABELS[g]}）`).join('、');
const article = (rule: string) => (rule in ARTICLES ? ARTICLES[rule as keyof typeof ARTICLES].article : rule);

function subjectsText(subjects: QuotaSubjectRule): string {
  if (subjects.kind === 'post_holders') {
    return t('releases.rules.quotas.postHolders', {
      posts: subjects.posts.map((p) => POST_LABELS[p]).join('、'),
      units: subjects.unitKinds.map((k) => UNIT_KIND_LABELS[k]).join('、'),
    });
  }
  const parts = [subjects.unitKinds.map((k) => UNIT_KIND_LABELS[k]).join('、')];
  if (subjects.livelihoodUnitKinds.length) parts.push(t('releases.rules.quotas.livelihood', { units: subjects.livelihoodUnitKinds.map((k) => UNIT_KIND_LABELS[k]).join('、') }));
  return parts.filter(Boolean).join('；');
}

function criteriaText(counts: ReleaseCriteria): string {
  const parts: string[] = [];
  if (counts.forms) parts.push(forms(counts.forms));
  if (counts.organizers) parts.push(t('releases.rules.quotas.organizedBy', { organizers: counts.organizers.map((o) => ORGANIZER_LABELS[o]).join('、') }));
  if (counts.anotherForm) parts.push(t('releases.rules.quotas.anotherForm'));
  return parts.join('，');
}

function eligibilityText(e: Eligibility): string {
  if ('authorizedByApplyingUnit' in e) return t('releases.rules.speakers.authorized');
  const scope = { district_gov: t('releases.rules.speakers.districtGov'), news_office: t('releases.rules.speakers.newsOffice'), applying_unit: t('releases.rules.speakers.applyingUnit') }[e.unitScope];
  // "区政府新闻办" + "区政府新闻办主任、新闻发言人助理": the scope is said once.
  return scope + e.posts.map((p) => (POST_LABELS[p].startsWith(scope) ? POST_LABELS[p].slice(scope.length) : POST_LABELS[p])).join('、');
}

/** 规则集: the rule set in force, as tables a person can read — its articles, its numbers, its quotas, who may speak and host. */
export default function RuleSetPage() {
  const ruleSet = useActiveRuleSet();
  const narrow = Grid.useBreakpoint().md === false;
  const cardStyles = narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined;
  if (ruleSet.isError) return <ProblemAlert error={ruleSet.error} />;
  if (!ruleSet.data) return <Skeleton active />;
  const set = ruleSet.data;

  const articleColumns: TableColumnsType<Article> = [
    { title: t('releases.rules.articles.id'), dataIndex: 'id', width: 90, render: (id: string) => <Tag>{id}</Tag> },
    { title: t('releases.rules.articles.article'), dataIndex: 'article', width: 150 },
    { title: t('releases.rules.articles.text'), dataIndex: 'text' },
  ];

  const reading = set.readings;
  const numbers: DescriptionsProps['items'] = [
    { key: 'A15.1', label: <Cite rule="A15.1">{t('releases.rules.numbers.submission')}</Cite>, children: t('releases.rules.numbers.workdaysBefore', { n: set.conferenceSubmissionLeadWorkdays }) },
    { key: 'A15.2', label: <Cite rule="A15.2">{t('releases.rules.numbers.review')}</Cite>, children: t('releases.rules.numbers.workdaysWithin', { n: set.conferenceReviewWorkdays }) },
    {
      key: 'A13.4-a',
      label: <Cite rule="A13.4-a">{t('releases.rules.numbers.incidentInfo')}</Cite>,
      children: t('releases.rules.numbers.hoursFor', { n: set.incidentInfoClock.hours, grades: grades(set.incidentInfoClock.grades) }),
    },
    {
      key: 'A13.4-b',
      label: <Cite rule="A13.4-b">{t('releases.rules.numbers.incidentConference')}</Cite>,
      children: (
        <Flex vertical>
          <span>{t('releases.rules.numbers.hoursFor', { n: set.incidentConferenceClock.hours, grades: grades(set.incidentConferenceClock.grades) })}</span>
          <Typography.Text type="secondary">
            {set.conferenceClockForLowerGrades
              ? t('releases.rules.numbers.lowerGradesToo', { grades: grades(set.lowerIncidentGrades) })
              : t('releases.rules.numbers.lowerGradesNot', { grades: grades(set.lowerIncidentGrades) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'N61',
      label: <Cite rule="N61">{t('releases.rules.numbers.opinion')}</Cite>,
      children: set.opinionClock.enabled
        ? t('releases.rules.numbers.opinionHours', { n: set.opinionClock.hours, levels: set.opinionClock.levels.map((l) => OPINION_LEVEL_LABELS[l]).join('、') })
        : t('releases.rules.numbers.off'),
    },
    { key: 'A6', label: <Cite rule="A6">{t('releases.rules.numbers.qaForms')}</Cite>, children: forms(set.formsRequiringQa) },
    { key: 'A13.7', label: <Cite rule="A13.7">{t('releases.rules.numbers.riskForms')}</Cite>, children: forms(set.formsRequiringRiskAssessment) },
    {
      key: 'tookPart',
      label: t('releases.rules.numbers.tookPart'),
      children: reading.tookPartAs.map((p) => PARTICIPANT_PART_LABELS[p]).join('、'),
    },
    {
      key: 'anotherForm',
      label: t('releases.rules.numbers.anotherForm'),
      children: t('releases.rules.numbers.anotherFormText', {
        forms: forms(reading.anotherForm.forms),
        withCategory: forms(reading.anotherForm.formsWithCategory),
        categories: reading.anotherForm.categories.map((c) => CONTENT_CATEGORY_LABELS[c]).join('、'),
      }),
    },
    {
      key: 'atRisk',
      label: t('releases.rules.numbers.atRisk'),
      children: t(set.quotaStatus.atRiskWhenBehindPace ? 'releases.rules.numbers.atRiskTextPace' : 'releases.rules.numbers.atRiskText', {
        pct: Math.round(set.quotaStatus.atRiskWhenRemainingShareBelow * 100),
      }),
    },
  ];

  const quotaRows: QuotaRow[] = [
    ...set.annualQuotas.map((q) => ({
      rule: q.rule,
      text: q.text,
      subjects: subjectsText(q.subjects),
      requirement: q.parts
        .map((p) => t('releases.rules.quotas.atLeast', { label: p.label, n: p.required, counts: criteriaText(p.counts) || t('releases.rules.quotas.anyRelease') }))
        .join(q.combine === 'of_which' ? '；' : '，'),
    })),
    {
      rule: set.routineConferences.rule,
      text: set.routineConferences.text,
      subjects: t('releases.rules.quotas.livelihood', { units: set.routineConferences.livelihoodUnitKinds.map((k) => UNIT_KIND_LABELS[k]).join('、') }),
      requirement: t('releases.rules.quotas.perPeriod', { n: set.routineConferences.perPeriod, forms: criteriaText(set.routineConferences.counts) }),
    },
  ];
  const quotaColumns: TableColumnsType<QuotaRow> = [
    {
      title: t('releases.rules.articles.id'),
      dataIndex: 'rule',
      width: 120,
      render: (rule: string) => (
        <Flex vertical gap={2}>
          <Tag style={{ width: 'fit-content' }}>{rule}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {article(rule)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('releases.rules.quotas.subjects'), dataIndex: 'subjects', width: 220 },
    { title: t('releases.rules.quotas.requirement'), dataIndex: 'requirement', width: 280 },
    { title: t('releases.rules.articles.text'), dataIndex: 'text', render: (text: string) => <Typography.Text type="secondary">{text}</Typography.Text> },
  ];

  const speakerRows = (['district_gov', 'news_office'] as const).map((name) => ({ name, ...set.conferenceSpeakers[name] }));
  const speakerColumns: TableColumnsType<(typeof speakerRows)[number]> = [
    { title: t('releases.rules.speakers.inNameOf'), dataIndex: 'name', width: 170, render: (name: keyof typeof IN_NAME_OF_LABELS) => IN_NAME_OF_LABELS[name] },
    { title: t('releases.rules.speakers.mainSpeaker'), key: 'main', width: 260, render: (_, r) => <Eligible list={r.mainSpeaker} /> },
    { title: t('releases.rules.speakers.host'), key: 'host', width: 260, render: (_, r) => <Eligible list={r.host} /> },
    { title: t('releases.rules.articles.text'), dataIndex: 'text', render: (text: string) => <Typography.Text type="secondary">{text}</Typography.Text> },
  ];

  const section = (title: string, children: ReactNode, extra?: ReactNode) => (
    <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{title}</h2>} extra={extra} styles={cardStyles}>
      {children}
    </Card>
  );

  return (
    <Flex vertical gap={16}>
      <Card styles={cardStyles}>
        <Flex vertical gap={4}>
          <h1 style={{ margin: 0, fontSize: narrow ? 18 : 20 }}>{t('releases.rules.title', { title: set.title })}</h1>
          <Typography.Text type="secondary">
            {t('releases.rules.meta', { number: set.documentNumber, from: set.effectiveFrom, id: set.id })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('releases.rules.hint')}</Typography.Text>
        </Flex>
      </Card>
      {section(t('releases.rules.numbers.title'), <Descriptions items={numbers} column={1} size="small" bordered={!narrow} layout={narrow ? 'vertical' : 'horizontal'} />)}
      {section(
        t('releases.rules.quotas.title'),
        <Table<QuotaRow> rowKey="rule" size="small" columns={quotaColumns} dataSource={quotaRows} pagination={false} scroll={{ x: 1000 }} />,
      )}
      {section(
        t('releases.rules.speakers.title'),
        <Table rowKey="name" size="small" columns={speakerColumns} dataSource={speakerRows} pagination={false} scroll={{ x: 900 }} />,
        <ArticleTag rule="A15.4" />,
      )}
      {section(
        t('releases.rules.articles.title'),
        <Table<Article> rowKey="id" size="small" columns={articleColumns} dataSource={[...set.articles]} pagination={false} scroll={{ x: 700 }} />,
      )}
    </Flex>
  );
}

function Eligible({ list }: { list: readonly Eligibility[] }) {
  return (
    <Flex vertical gap={2}>
      {list.map((e, i) => (
        <span key={i}>{eligibilityText(e)}</span>
      ))}
    </Flex>
  );
}

function Cite({ rule, children }: { rule: keyof typeof ARTICLES; children: ReactNode }) {
  return (
    <Flex vertical style={{ lineHeight: 1.4 }}>
      {children}
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
        {rule} · {ARTICLES[rule].article}
      </Typography.Text>
    </Flex>
  );
}
