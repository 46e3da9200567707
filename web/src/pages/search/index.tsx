import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchKind } from '@fabutong/core/contract/search';
import { Card, Empty, Flex, Grid, Input, List, Pagination, Radio, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import ProblemAlert from '../../components/ProblemAlert';
import { useReleasingUnits } from '../../components/releases/api';
import Highlight from '../../components/search/Highlight';
import { t } from '../../locales';
import { useSearch, type SearchFilter, type SearchHit } from '../topics/api';

const PAGE_SIZE = 20;
const KIND_COLORS: Record<SearchKind, string> = { release: 'blue', talking_point: 'purple', topic: 'cyan', incident: 'red', opinion: 'orange' };

function filterOf(params: URLSearchParams): SearchFilter {
  const num = (name: string) => (params.get(name) && /^\d+$/.test(params.get(name)!) ? Number(params.get(name)) : undefined);
  return {
    q: params.get('q') ?? '',
    kind: SEARCH_KINDS.find((k) => k === params.get('kind')),
    unitId: num('unitId'),
    year: num('year'),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: num('page') ?? 1,
    pageSize: PAGE_SIZE,
  };
}

/** One search over releases, talking points, topics, incidents and opinion items; the server leaves out what the user may not read. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const result = useSearch(filter);
  const units = useReleasingUnits();
  const narrow = Grid.useBreakpoint().md === false;
  const [text, setText] = useState(filter.q);
  useEffect(() => setText(filter.q), [filter.q]);

  const apply = (next: Partial<SearchFilter>) => {
    const merged = { ...filter, page: 1, ...next };
    const out = new URLSearchParams();
    for (const [name, value] of Object.entries(merged)) {
      if (value === undefined || value === '' || name === 'pageSize' || (name === 'page' && value === 1) || (name === 'sort' && value === 'relevance')) continue;
      out.set(name, String(value));
    }
    setParams(out, { replace: next.q === undefined });
  };

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2021 + 2 }, (_, i) => thisYear + 1 - i);

  return (
    <Card title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('topics.search.title')}</h1>} styles={narrow ? { body: { padding: 12 } } : undefined}>
      <Flex vertical gap={12}>
        <Input.Search
          size="large"
          enterButton
          allowClear
          maxLength={100}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('topics.search.placeholder')}
          aria-label={t('topics.search.placeholder')}
          onSearch={(value) => apply({ q: value.trim() })}
        />
        <Flex gap={8} wrap align="center">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('topics.search.kind')}
            aria-label={t('topics.search.kind')}
            value={filter.kind}
            onChange={(kind?: SearchKind) => apply({ kind })}
            options={SEARCH_KINDS.map((k) => ({ value: k, label: SEARCH_KIND_LABELS[k] }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            placeholder={t('topics.search.unit')}
            aria-label={t('topics.search.unit')}
            value={filter.unitId}
            onChange={(unitId?: number) => apply({ unitId })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))}
          />
          <Select
            allowClear
            style={{ width: 110 }}
            placeholder={t('topics.search.year')}
            aria-label={t('topics.search.year')}
            value={filter.year}
            onChange={(year?: number) => apply({ year })}
            options={years.map((y) => ({ value: y, label: t('topics.common.year', { year: y }) }))}
          />
          <Radio.Group
            optionType="button"
            value={filter.sort}
            onChange={(e) => apply({ sort: e.target.value as 'relevance' | 'date' })}
            options={[
              { value: 'relevance', label: t('topics.search.sort.relevance') },
              { value: 'date', label: t('topics.search.sort.date') },
            ]}
          />
        </Flex>
        {!filter.q.trim() ? (
          <Typography.Text type="secondary">{t('topics.search.hint')}</Typography.Text>
        ) : result.isError ? (
          <ProblemAlert error={result.error} />
        ) : result.isPending ? (
          <Skeleton active />
        ) : result.data.items.length === 0 ? (
          <Empty description={t('topics.search.empty')} />
        ) : (
          <>
            <Typography.Text type="secondary">
              {t(result.data.totalCapped ? 'topics.search.totalCapped' : 'topics.search.total', { total: result.data.total })}
            </Typography.Text>
            <List<SearchHit> dataSource={result.data.items} renderItem={(hit) => <Hit hit={hit} />} />
            <Pagination
              align="center"
              current={filter.page}
              pageSize={PAGE_SIZE}
              total={Math.min(result.data.total, 50 * PAGE_SIZE)}
              showSizeChanger={false}
              onChange={(page) => apply({ page })}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <List.Item>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Tag color={KIND_COLORS[hit.kind]} style={{ marginInlineEnd: 0 }}>
            {SEARCH_KIND_LABELS[hit.kind]}
          </Tag>
          <Link to={hit.link} style={{ fontSize: 16, fontWeight: 500 }}>
            <Highlight parts={hit.title} />
          </Link>
          {hit.visibility === 'internal' && <Tag style={{ marginInlineEnd: 0 }}>{t('topics.search.internal')}</Tag>}
        </Flex>
        {hit.snippet.length > 0 && (
          <Typography.Paragraph style={{ margin: 0 }}>
            <Highlight parts={hit.snippet} />
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary">
          {hit.unitName} · {hit.date}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}
