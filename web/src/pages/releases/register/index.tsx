import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { RELEASE_STATUSES, RELEASE_STATUS_LABELS } from '@fabutong/core/contract/releases';
import { formatDistrictDateTime } from '@fabutong/core/time';
import {
  CONTENT_CATEGORIES,
  CONTENT_CATEGORY_LABELS,
  PARTICIPANT_PART_LABELS,
  RELEASE_FORMS,
  type ContentCategory,
  type ReleaseForm,
} from '@fabutong/core/rules/vocabulary';
import { Button, Card, Col, Empty, Flex, Form, Grid, Pagination, Row, Select, Skeleton, Table, Typography, theme, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ReleaseFilter, ReleaseStatus, ReleaseSummary } from '../../../api/release-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { districtYear } from '../../../components/releases/district-time';
import PersonPicker from '../../../components/releases/PersonPicker';
import { CategoryTags, FormTag, formLabel, ReleaseStatusTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { exportHref, useReleasePage } from './api';

const PAGE_SIZE = 20;
const FIRST_YEAR = 2021;

/** The filters live in the address, so a release opened from the register comes back to the same list. */
function filterOf(params: URLSearchParams): ReleaseFilter {
  const num = (name: string) => (params.get(name) && /^\d+$/.test(params.get(name)!) ? Number(params.get(name)) : undefined);
  const oneOf = <T extends string>(name: string, values: readonly T[]) => values.find((v) => v === params.get(name));
  return {
    // No year in the address means this year; "all" means every year.
    year: params.get('year') === 'all' ? undefined : (num('year') ?? districtYear()),
    unitId: num('unitId'),
    form: oneOf('form', RELEASE_FORMS),
    category: oneOf('category', CONTENT_CATEGORIES),
    personId: num('personId'),
    status: oneOf('status', RELEASE_STATUSES),
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? PAGE_SIZE,
  };
}

interface FilterValues {
  year?: number | 'all';
  unitId?: number;
  form?: ReleaseForm;
  category?: ContentCategory;
  personId?: number | null;
  status?: ReleaseStatus;
}

export default function ReleaseRegisterPage() {
  const { access } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const releases = useReleasePage(filter);
  const units = useReleasingUnits();
  const narrow = Grid.useBreakpoint().md === false;
  const navigate = useNavigate();
  // On a phone the filters beyond the year fold away until asked for (or one is in use).
  const [moreFilters, setMoreFilters] = useState(false);
  const filtered = ['unitId', 'form', 'category', 'personId', 'status'].some((name) => params.has(name));
  const showAll = !narrow || moreFilters || filtered;

  const apply = (next: ReleaseFilter) => {
    const out = new URLSearchParams();
    if (next.year === undefined) out.set('year', 'all');
    else if (next.year !== districtYear()) out.set('year', String(next.year));
    for (const name of ['unitId', 'form', 'category', 'personId', 'status'] as const) if (next[name] !== undefined) out.set(name, String(next[name]));
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== PAGE_SIZE) out.set('pageSize', String(next.pageSize));
    setParams(out, { replace: true });
  };

  const onFilter = (_changed: unknown, values: FilterValues) =>
    apply({
      year: values.year === 'all' ? undefined : values.year,
      unitId: values.unitId,
      form: values.form,
      category: values.category,
      personId: values.personId ?? undefined,
      status: values.status,
      page: 1,
      pageSize: filter.pageSize,
    });

  const thisYear = districtYear();
  const yearOptions = [
    { value: 'all' as const, label: t('releases.register.allYears') },
    ...Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: t('releases.common.year', { year: y }) })),
  ];
  const unitOptions = (units.data ?? [])
    .filter((u) => access.districtWide || access.unitIds.includes(u.id))
    .map((u) => ({ value: u.id, label: u.shortName ?? u.name }));

  const columns: TableColumnsType<ReleaseSummary> = [
    { title: t('releases.register.columns.time'), dataIndex: 'startsAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    { title: t('releases.register.columns.unit'), dataIndex: 'unitName', width: 180 },
    {
      title: t('releases.register.columns.title'),
      dataIndex: 'title',
      render: (title: string, r) => <Link to={`/releases/${r.id}`}>{title}</Link>,
    },
    { title: t('releases.register.columns.form'), dataIndex: 'form', width: 150, render: (form: ReleaseForm) => <FormTag form={form} /> },
    { title: t('releases.register.columns.categories'), dataIndex: 'categories', width: 170, render: (c: ContentCategory[]) => <CategoryTags categories={c} /> },
    { title: t('releases.register.columns.participants'), key: 'participants', width: 200, render: (_, r) => <Participants release={r} /> },
    { title: t('releases.register.columns.status'), dataIndex: 'status', width: 90, render: (s: ReleaseStatus) => <ReleaseStatusTag status={s} /> },
  ];

  const pagination = {
    current: filter.page,
    pageSize: filter.pageSize,
    total: releases.data?.total ?? 0,
    showSizeChanger: !narrow,
    showTotal: (total: number) => t('releases.register.total', { total }),
    onChange: (page: number, pageSize: number) => apply({ ...filter, page: pageSize === filter.pageSize ? page : 1, pageSize }),
  };

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.register.title')}</h1>}
      extra={
        <Flex gap={8} wrap justify="flex-end">
          <Button icon={<DownloadOutlined />} href={exportHref(filter)} aria-label={t('releases.register.export')}>
            {narrow ? null : t('releases.register.export')}
          </Button>
          {access.writeReleases && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/releases/new')}>
              {t('releases.register.create')}
            </Button>
          )}
        </Flex>
      }
      styles={narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined}
    >
      <Flex vertical gap={8}>
        <Form<FilterValues>
          layout="vertical"
          initialValues={{
            year: filter.year ?? 'all',
            unitId: filter.unitId,
            form: filter.form,
            category: filter.category,
            personId: filter.personId ?? null,
            status: filter.status,
          }}
          onValuesChange={onFilter}
        >
          <Row gutter={[12, 0]}>
            <Col xs={12} sm={8} lg={4}>
              <Form.Item name="year" label={t('releases.register.filter.year')}>
                <Select options={yearOptions} />
              </Form.Item>
            </Col>
            {!showAll && (
              <Col xs={12}>
                <Form.Item label=" " colon={false}>
                  <Button type="link" icon={<FilterOutlined />} onClick={() => setMoreFilters(true)} style={{ paddingInline: 0 }}>
                    {t('releases.register.moreFilters')}
                  </Button>
                </Form.Item>
              </Col>
            )}
            {showAll && (
              <Col xs={12} sm={8} lg={5}>
                <Form.Item name="unitId" label={t('releases.register.filter.unit')}>
                  <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('releases.register.filter.any')} options={unitOptions} loading={units.isPending} />
                </Form.Item>
              </Col>
            )}
            {showAll && (
              <Col xs={12} sm={8} lg={4}>
                <Form.Item name="form" label={t('releases.register.filter.form')}>
                  <Select allowClear placeholder={t('releases.register.filter.any')} options={RELEASE_FORMS.map((f) => ({ value: f, label: formLabel(f) }))} />
                </Form.Item>
              </Col>
            )}
            {showAll && (
              <Col xs={12} sm={8} lg={4}>
                <Form.Item name="category" label={t('releases.register.filter.category')}>
                  <Select allowClear placeholder={t('releases.register.filter.any')} options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))} />
                </Form.Item>
              </Col>
            )}
            {showAll && (
              <Col xs={12} sm={8} lg={4}>
                <Form.Item name="personId" label={t('releases.register.filter.person')}>
                  <PersonPicker placeholder={t('releases.register.filter.personPlaceholder')} />
                </Form.Item>
              </Col>
            )}
            {showAll && (
              <Col xs={12} sm={8} lg={3}>
                <Form.Item name="status" label={t('releases.register.filter.status')}>
                  <Select allowClear placeholder={t('releases.register.filter.any')} options={RELEASE_STATUSES.map((s) => ({ value: s, label: RELEASE_STATUS_LABELS[s] }))} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Form>
        {releases.isError ? (
          <ProblemAlert error={releases.error} />
        ) : narrow ? (
          <ReleaseCards releases={releases.data?.items} loading={releases.isPending} pagination={pagination} />
        ) : (
          <Table<ReleaseSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={releases.data?.items}
            loading={releases.isFetching}
            scroll={{ x: 1100 }}
            pagination={pagination}
            locale={{ emptyText: <Empty description={t('releases.register.empty')} /> }}
          />
        )}
      </Flex>
    </Card>
  );
}

function Participants({ release }: { release: ReleaseSummary }) {
  if (release.participants.length === 0) return <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  return (
    <Flex vertical>
      {release.participants.map((p) => (
        <span key={`${p.personId}-${p.part}`}>
          {p.personName}
          <Typography.Text type="secondary">（{PARTICIPANT_PART_LABELS[p.part]}）</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/** The register on a phone: one card per release instead of a wide table. */
function ReleaseCards({
  releases,
  loading,
  pagination,
}: {
  releases: ReleaseSummary[] | undefined;
  loading: boolean;
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void; showTotal: (total: number) => string };
}) {
  const { token } = theme.useToken();
  if (loading) return <Skeleton active />;
  if (!releases?.length) return <Empty description={t('releases.register.empty')} />;
  return (
    <Flex vertical gap={12}>
      {releases.map((r) => (
        <Link key={r.id} to={`/releases/${r.id}`} style={{ color: 'inherit' }}>
          <Flex vertical gap={6} style={{ padding: 12, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG }}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text type="secondary">{formatDistrictDateTime(r.startsAt)}</Typography.Text>
              <ReleaseStatusTag status={r.status} />
            </Flex>
            <Typography.Text strong style={{ color: token.colorLink }}>
              {r.title}
            </Typography.Text>
            <Typography.Text>{r.unitName}</Typography.Text>
            <Flex gap={4} wrap>
              <FormTag form={r.form} />
              <CategoryTags categories={r.categories} />
            </Flex>
            {r.participants.length > 0 && (
              <Typography.Text type="secondary">
                {r.participants.map((p) => `${p.personName}（${PARTICIPANT_PART_LABELS[p.part]}）`).join('、')}
              </Typography.Text>
            )}
          </Flex>
        </Link>
      ))}
      <Pagination simple size="small" align="center" {...pagination} />
    </Flex>
  );
}
