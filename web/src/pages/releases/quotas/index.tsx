import { DownloadOutlined } from '@ant-design/icons';
import { QUOTA_STATUSES, QUOTA_STATUS_LABELS } from '@fabutong/core/contract/quotas';
import type { PlanReading } from '@fabutong/core/contract/topics';
import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { UNIT_KIND_LABELS } from '@fabutong/core/units';
import { Alert, Button, Card, Col, Empty, Flex, Grid, Progress, Row, Select, Skeleton, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { QuotaReport, QuotaResult, QuotaStatus, RuleSet, Unit } from '../../../api/release-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useActiveRuleSet, useReleasingUnits } from '../../../components/releases/api';
import { districtYear } from '../../../components/releases/district-time';
import { ArticleTag, articleOf, isRuleId, QuotaStatusTag } from '../../../components/releases/tags';
import { t, type MessageKey } from '../../../locales';
import { quotaExportHref, usePlanProgress, useQuotas, useReleaseStats, type PlanProgress } from './api';
import QuotaDrawer, { ruleText, subjectLabel, type Explained } from './QuotaDrawer';
import ReleaseCharts from './ReleaseCharts';

const FIRST_YEAR = 2021;
/** The grid's columns: what each township, subdistrict and department owes (A13.3-d/e/f, A14). */
const UNIT_RULES = ['A13.3-d', 'A13.3-e', 'A13.3-f', 'A14'] as const;
type UnitRule = (typeof UNIT_RULES)[number];
const RULE_HEADINGS: Record<UnitRule, MessageKey> = {
  'A13.3-d': 'releases.quotas.grid.conference',
  'A13.3-e': 'releases.quotas.grid.principal',
  'A13.3-f': 'releases.quotas.grid.spokesperson',
  A14: 'releases.quotas.grid.routine',
};
/** The district's own obligations: leaders (A13.3-a/b/c) and the news office (A6.4). */
const DISTRICT_RULES = ['A13.3-a', 'A13.3-b', 'A13.3-c', 'A6.4'];
const GRID_UNIT_KINDS = ['township', 'subdistrict', 'department'];

interface GridRow {
  unit: Unit;
  cells: Record<UnitRule, { results: QuotaResult[]; vacancy?: QuotaReport['vacancies'][number] }>;
}

/** A unit's annual release plan against what went out (A9.2, A14), beside its quotas. */
type PlanRow = PlanProgress['units'][number];
const PLAN_READING_COLORS: Record<PlanReading, string> = { on_track: 'success', behind: 'warning', no_plan: 'default' };
const PLAN_READING_KEYS: Record<PlanReading, MessageKey> = {
  on_track: 'releases.quotas.plan.reading.on_track',
  behind: 'releases.quotas.plan.reading.behind',
  no_plan: 'releases.quotas.plan.reading.no_plan',
};

/** 年度任务: how far every unit and leader is with this year's quotas, with the releases that count. */
export default function QuotasPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(districtYear);
  const quotas = useQuotas(year);
  const stats = useReleaseStats(year);
  const ruleSet = useActiveRuleSet();
  const [explained, setExplained] = useState<Explained>(null);
  const narrow = Grid.useBreakpoint().md === false;

  const charts = stats.isError ? <ProblemAlert error={stats.error} /> : <ReleaseCharts stats={stats.data} />;
  const thisYear = districtYear();
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i);

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.quotas.title')}</h1>}
        extra={
          <Flex gap={8}>
            <Select
              value={year}
              onChange={setYear}
              aria-label={t('releases.quotas.year')}
              options={years.map((y) => ({ value: y, label: t('releases.common.year', { year: y }) }))}
              style={{ width: 110 }}
            />
            <Button icon={<DownloadOutlined />} href={quotaExportHref(year)} aria-label={t('releases.quotas.export')}>
              {narrow ? null : t('releases.quotas.export')}
            </Button>
          </Flex>
        }
        styles={narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined}
      >
        {quotas.isError ? (
          <ProblemAlert error={quotas.error} />
        ) : !quotas.data ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap={12}>
            <Typography.Text type="secondary">
              {t('releases.quotas.asOf', { date: quotas.data.referenceDate, ruleSet: ruleSet.data?.title ?? quotas.data.ruleSetId })}
            </Typography.Text>
            <StatusSummary results={quotas.data.results} />
          </Flex>
        )}
      </Card>

      {/* The district sees the year at a glance before the grid; a unit sees its own quotas first. */}
      {access.districtWide && charts}
      {quotas.data &&
        (access.districtWide ? (
          <>
            <UnitGrid report={quotas.data} year={year} ruleSet={ruleSet.data} onExplain={setExplained} />
            <DistrictTable report={quotas.data} ruleSet={ruleSet.data} onExplain={setExplained} />
          </>
        ) : (
          <>
            <OwnCards report={quotas.data} onExplain={setExplained} />
            <OwnPlans year={year} />
          </>
        ))}
      {!access.districtWide && charts}

      <QuotaDrawer explained={explained} ruleSet={ruleSet.data} onClose={() => setExplained(null)} />
    </Flex>
  );
}

function StatusSummary({ results }: { results: readonly QuotaResult[] }) {
  const { token } = theme.useToken();
  const counts = Object.fromEntries(QUOTA_STATUSES.map((s) => [s, results.filter((r) => r.status === s).length])) as Record<QuotaStatus, number>;
  const color: Record<QuotaStatus, string> = { met: token.colorSuccess, on_track: token.colorInfo, at_risk: token.colorWarning, missed: token.colorError };
  return (
    <Row gutter={[12, 12]}>
      {QUOTA_STATUSES.map((s) => (
        <Col key={s} xs={12} md={6}>
          <Flex vertical style={{ padding: '8px 12px', borderRadius: token.borderRadius, background: token.colorFillQuaternary, borderInlineStart: `3px solid ${color[s]}` }}>
            <Typography.Text type="secondary">{QUOTA_STATUS_LABELS[s]}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 22, color: color[s] }}>
              {counts[s]}
            </Typography.Text>
          </Flex>
        </Col>
      ))}
    </Row>
  );
}

/** A rule's column heading: its id, what it asks, and its article (the text on hover). */
function RuleHeading({ rule, label, ruleSet }: { rule: string; label: string; ruleSet: RuleSet | undefined }) {
  return (
    <Tooltip title={ruleText(ruleSet, rule)}>
      <Flex vertical style={{ lineHeight: 1.3 }}>
        <span>{label}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {rule} · {articleOf(rule)}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
}

function UnitGrid({ report, year, ruleSet, onExplain }: { report: QuotaReport; year: number; ruleSet: RuleSet | undefined; onExplain: (e: Explained) => void }) {
  const units = useReleasingUnits();
  const progress = usePlanProgress(year);
  const plans = useMemo(() => new Map((progress.data?.units ?? []).map((p) => [p.unitId, p])), [progress.data]);
  const narrow = Grid.useBreakpoint().md === false;
  const rows = useMemo<GridRow[]>(() => {
    const byUnit = new Map<number, GridRow>();
    const rowOf = (unit: Unit) => {
      let row = byUnit.get(unit.id);
      if (!row) {
        row = { unit, cells: { 'A13.3-d': { results: [] }, 'A13.3-e': { results: [] }, 'A13.3-f': { results: [] }, A14: { results: [] } } };
        byUnit.set(unit.id, row);
      }
      return row;
    };
    const unitsById = new Map((units.data ?? []).map((u) => [u.id, u]));
    for (const r of report.results) {
      const unit = unitsById.get(r.subject.unitId);
      if (unit && GRID_UNIT_KINDS.includes(unit.kind) && (UNIT_RULES as readonly string[]).includes(r.rule)) rowOf(unit).cells[r.rule as UnitRule].results.push(r);
    }
    for (const v of report.vacancies) {
      const unit = unitsById.get(v.unitId);
      if (unit && GRID_UNIT_KINDS.includes(unit.kind) && (UNIT_RULES as readonly string[]).includes(v.rule)) rowOf(unit).cells[v.rule as UnitRule].vacancy = v;
    }
    return [...byUnit.values()].sort((a, b) => a.unit.sortOrder - b.unit.sortOrder);
  }, [report, units.data]);

  const columns: TableColumnsType<GridRow> = [
    {
      title: t('releases.quotas.grid.unit'),
      key: 'unit',
      fixed: 'left',
      width: 130,
      render: (_, row) => (
        <Flex vertical style={{ lineHeight: 1.3 }}>
          <Typography.Text strong>{row.unit.shortName ?? row.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {UNIT_KIND_LABELS[row.unit.kind]}
            {row.unit.livelihoodRelated ? ` · ${t('releases.quotas.grid.livelihood')}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    ...UNIT_RULES.map((rule) => ({
      title: <RuleHeading rule={rule} label={t(RULE_HEADINGS[rule])} ruleSet={ruleSet} />,
      key: rule,
      width: 150,
      render: (_: unknown, row: GridRow) => <GridCell unitName={row.unit.shortName ?? row.unit.name} rule={rule} cell={row.cells[rule]} onExplain={onExplain} />,
    })),
    {
      title: (
        <Tooltip title={t('releases.quotas.plan.hint')}>
          <Flex vertical style={{ lineHeight: 1.3 }}>
            <span>{t('releases.quotas.plan.heading')}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t('releases.quotas.plan.subheading')}
            </Typography.Text>
          </Flex>
        </Tooltip>
      ),
      key: 'plan',
      width: 150,
      render: (_: unknown, row: GridRow) =>
        progress.isPending ? (
          <Skeleton.Button active size="small" />
        ) : (
          <PlanCell unitName={row.unit.shortName ?? row.unit.name} plan={plans.get(row.unit.id)} asOf={progress.data?.asOf} />
        ),
    },
  ];

  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.quotas.grid.title')}</h2>}
      extra={narrow ? undefined : <Legend />}
      styles={{ body: { padding: 0 }, header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 } }}
    >
      {progress.isError && <Alert type="warning" showIcon banner title={t('releases.quotas.plan.unavailable')} />}
      <Table<GridRow>
        rowKey={(row) => row.unit.id}
        size="small"
        bordered
        loading={units.isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 130 + 150 * (UNIT_RULES.length + 1) }}
        locale={{ emptyText: <Empty description={t('releases.quotas.none')} /> }}
      />
    </Card>
  );
}

function Legend() {
  return (
    <Flex gap={4} wrap>
      {QUOTA_STATUSES.map((s) => (
        <QuotaStatusTag key={s} status={s} />
      ))}
    </Flex>
  );
}

/** One unit's standing on one rule: coloured by status, counted/required, opening the explanation. */
function GridCell({ unitName, rule, cell, onExplain }: { unitName: string; rule: UnitRule; cell: GridRow['cells'][UnitRule]; onExplain: (e: Explained) => void }) {
  const { token } = theme.useToken();
  if (cell.results.length === 0 && !cell.vacancy) {
    return (
      <Tooltip title={t('releases.quotas.grid.notApplicable')}>
        <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
      </Tooltip>
    );
  }
  const palette: Record<QuotaStatus, { bg: string; border: string; text: string }> = {
    met: { bg: token.colorSuccessBg, border: token.colorSuccessBorder, text: token.colorSuccessText },
    on_track: { bg: token.colorInfoBg, border: token.colorInfoBorder, text: token.colorInfoText },
    at_risk: { bg: token.colorWarningBg, border: token.colorWarningBorder, text: token.colorWarningText },
    missed: { bg: token.colorErrorBg, border: token.colorErrorBorder, text: token.colorErrorText },
  };
  const box = (key: string, colors: { bg: string; border: string; text: string }, label: string, lines: string[], onClick: () => void) => (
    <button
      key={key}
      type="button"
      onClick={onClick}
      aria-label={`${unitName} ${rule} ${label} ${lines.join(' ')}`}
      data-rule={rule}
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'flex-start',
        width: '100%',
        padding: '4px 8px',
        border: `1px solid ${colors.border}`,
        borderRadius: token.borderRadiusSM,
        background: colors.bg,
        color: colors.text,
        cursor: 'pointer',
        font: 'inherit',
        textAlign: 'start',
      }}
    >
      <span style={{ fontWeight: 600 }}>{label}</span>
      {lines.map((line) => (
        <span key={line} style={{ fontSize: 12 }}>
          {line}
        </span>
      ))}
    </button>
  );
  return (
    <Flex vertical gap={4}>
      {cell.results.map((r) =>
        box(
          `${r.subject.kind}-${r.subject.personId ?? r.subject.unitId}`,
          palette[r.status],
          QUOTA_STATUS_LABELS[r.status],
          [`${r.counted}/${r.required}`, ...(r.subject.kind === 'person' ? [r.subject.name] : [])],
          () => onExplain({ kind: 'result', result: r }),
        ),
      )}
      {cell.vacancy &&
        box(
          'vacancy',
          { bg: token.colorFillTertiary, border: token.colorBorder, text: token.colorTextSecondary },
          t('releases.quotas.grid.vacant'),
          [cell.vacancy.posts.map((p) => POST_LABELS[p]).join('、')],
          () => onExplain({ kind: 'vacancy', vacancy: cell.vacancy! }),
        )}
    </Flex>
  );
}

const planToDate = (p: PlanRow) => t('releases.quotas.plan.toDate', { planned: p.plannedDue, actual: p.actualToDate });

/** Why the reading is what it is: the figures to date, the year's plan by quarter, or that none was filed. */
function PlanDetail({ plan, asOf }: { plan: PlanRow; asOf: string | undefined }) {
  return (
    <Flex vertical gap={2}>
      {plan.planStatus === 'none' ? (
        <span>{t('releases.quotas.plan.none')}</span>
      ) : (
        <>
          {plan.planStatus === 'draft' && <span>{t('releases.quotas.plan.draft')}</span>}
          <span>{t('releases.quotas.plan.detail', { date: asOf ?? '', planned: plan.plannedDue, actual: plan.actualToDate, total: plan.planned })}</span>
          {plan.quarters.map((q) => (
            <span key={q.quarter}>{t('releases.quotas.plan.quarter', { quarter: q.quarter, planned: q.planned, actual: q.actual })}</span>
          ))}
        </>
      )}
    </Flex>
  );
}

function PlanReadingTag({ reading }: { reading: PlanReading }) {
  return (
    <Tag color={PLAN_READING_COLORS[reading]} style={{ marginInlineEnd: 0 }}>
      {t(PLAN_READING_KEYS[reading])}
    </Tag>
  );
}

/** One unit's plan reading in the grid: 按计划 / 滞后 / 未报计划, planned to date against released to date. */
function PlanCell({ unitName, plan, asOf }: { unitName: string; plan: PlanRow | undefined; asOf: string | undefined }) {
  if (!plan) return <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  const reading = t(PLAN_READING_KEYS[plan.reading]);
  return (
    <Tooltip title={<PlanDetail plan={plan} asOf={asOf} />}>
      <Link to="/plans" aria-label={plan.planStatus === 'filed' ? t('releases.quotas.plan.label', { unit: unitName, reading, toDate: planToDate(plan) }) : `${unitName} ${t('releases.quotas.plan.heading')} ${reading}`} data-plan-reading={plan.reading} style={{ display: 'block', color: 'inherit' }}>
        <Flex vertical gap={2} align="flex-start">
          <PlanReadingTag reading={plan.reading} />
          {plan.planStatus === 'filed' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {planToDate(plan)}
            </Typography.Text>
          )}
        </Flex>
      </Link>
    </Tooltip>
  );
}

/** A unit user's own plan reading for the year (the plans API returns the reader's units only). */
function OwnPlans({ year }: { year: number }) {
  const { token } = theme.useToken();
  const progress = usePlanProgress(year);
  if (progress.isError) return <Alert type="warning" showIcon title={t('releases.quotas.plan.unavailable')} />;
  if (!progress.data || progress.data.units.length === 0) return null;
  const { asOf } = progress.data;
  return (
    <Row gutter={[16, 16]}>
      {progress.data.units.map((p) => (
        <Col key={p.unitId} xs={24} md={12} xl={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={
              <Tooltip title={t('releases.quotas.plan.hint')}>
                <span>{t('releases.quotas.plan.ownTitle', { unit: p.unitName })}</span>
              </Tooltip>
            }
            extra={<PlanReadingTag reading={p.reading} />}
            data-plan-reading={p.reading}
          >
            <Flex vertical gap={8}>
              {p.planStatus === 'filed' && (
                <Progress
                  // Nothing planned in the quarters ended so far: nothing is owed yet.
                  percent={p.plannedDue === 0 ? 100 : Math.round((100 * Math.min(p.actualToDate, p.plannedDue)) / p.plannedDue)}
                  format={() => `${p.actualToDate}/${p.plannedDue}`}
                  status={p.reading === 'behind' ? 'exception' : 'normal'}
                />
              )}
              <div style={{ color: token.colorTextSecondary }}>
                <PlanDetail plan={p} asOf={asOf} />
              </div>
              <Link to="/plans">{t('releases.quotas.plan.open')}</Link>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The leaders' rows (A13.3-a/b/c) and the news office's reception (A6.4). */
function DistrictTable({ report, ruleSet, onExplain }: { report: QuotaReport; ruleSet: RuleSet | undefined; onExplain: (e: Explained) => void }) {
  const narrow = Grid.useBreakpoint().md === false;
  const rows = report.results.filter((r) => DISTRICT_RULES.includes(r.rule));
  const vacancies = report.vacancies.filter((v) => DISTRICT_RULES.includes(v.rule));
  const columns: TableColumnsType<QuotaResult> = [
    {
      title: t('releases.quotas.district.rule'),
      dataIndex: 'rule',
      width: 130,
      render: (rule: string) => (
        <Tooltip title={ruleText(ruleSet, rule)}>
          <Flex vertical style={{ lineHeight: 1.3 }}>
            <span>{rule}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {articleOf(rule)}
            </Typography.Text>
          </Flex>
        </Tooltip>
      ),
    },
    {
      title: t('releases.quotas.district.subject'),
      key: 'subject',
      width: 200,
      render: (_, r) => (
        <Flex vertical style={{ lineHeight: 1.3 }}>
          <Typography.Text strong>{r.subject.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.subject.post ? POST_LABELS[r.subject.post] : r.subject.unitName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('releases.quotas.district.progress'), key: 'progress', width: 80, render: (_, r) => `${r.counted}/${r.required}` },
    { title: t('releases.quotas.district.status'), dataIndex: 'status', width: 90, render: (s: QuotaStatus) => <QuotaStatusTag status={s} /> },
    // On a phone the explanation is one tap away, in the drawer.
    ...(narrow ? [] : [{ title: t('releases.quotas.district.explanation'), dataIndex: 'explanation', render: (text: string) => <Typography.Text type="secondary">{text}</Typography.Text> }]),
  ];
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.quotas.district.title')}</h2>} styles={{ body: { padding: 0 } }}>
      {vacancies.map((v) => (
        <Alert key={`${v.rule}-${v.unitId}`} type="warning" showIcon banner title={v.explanation} />
      ))}
      <Table<QuotaResult>
        rowKey={(r) => `${r.rule}-${r.subject.kind}-${r.subject.personId ?? r.subject.unitId}`}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: narrow ? 480 : 900 }}
        onRow={(r) => ({ onClick: () => onExplain({ kind: 'result', result: r }), style: { cursor: 'pointer' } })}
      />
    </Card>
  );
}

/** A unit user's own quotas, one card each. */
function OwnCards({ report, onExplain }: { report: QuotaReport; onExplain: (e: Explained) => void }) {
  const { token } = theme.useToken();
  if (report.results.length === 0 && report.vacancies.length === 0) {
    return (
      <Card>
        <Empty description={t('releases.quotas.noneOwn')} />
      </Card>
    );
  }
  const stroke: Record<QuotaStatus, string> = { met: token.colorSuccess, on_track: token.colorInfo, at_risk: token.colorWarning, missed: token.colorError };
  return (
    <Row gutter={[16, 16]}>
      {report.results.map((r) => (
        <Col key={`${r.rule}-${r.subject.kind}-${r.subject.personId ?? r.subject.unitId}`} xs={24} md={12} xl={8}>
          <Card
            size="small"
            hoverable
            onClick={() => onExplain({ kind: 'result', result: r })}
            style={{ height: '100%', borderTop: `3px solid ${stroke[r.status]}` }}
            title={
              <Flex vertical style={{ padding: '8px 0', whiteSpace: 'normal', lineHeight: 1.4 }}>
                <span>{subjectLabel(r.subject)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                  {r.rule} · {isRuleId(r.rule) ? ARTICLES[r.rule].summary : ''}
                </Typography.Text>
              </Flex>
            }
            extra={<QuotaStatusTag status={r.status} />}
          >
            <Flex vertical gap={8}>
              <Progress percent={Math.round((100 * Math.min(r.counted, r.required)) / Math.max(r.required, 1))} format={() => `${r.counted}/${r.required}`} strokeColor={stroke[r.status]} />
              <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 3 }}>
                {r.explanation}
              </Typography.Paragraph>
              <div>
                <ArticleTag rule={r.rule} />
              </div>
            </Flex>
          </Card>
        </Col>
      ))}
      {report.vacancies.map((v) => (
        <Col key={`vacancy-${v.rule}-${v.unitId}`} xs={24} md={12} xl={8}>
          <Card size="small" hoverable onClick={() => onExplain({ kind: 'vacancy', vacancy: v })} style={{ height: '100%' }} title={v.unitName} extra={<Tag>{t('releases.quotas.grid.vacant')}</Tag>}>
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{v.explanation}</Typography.Text>
              <div>
                <ArticleTag rule={v.rule} />
              </div>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
