import { RELEASE_FORMS, RELEASE_FORM_CODES, RELEASE_FORM_LABELS } from '@fabutong/core/rules/vocabulary';
import { Card, Col, Empty, Row, Skeleton, theme } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReleaseStats } from '../../../api/release-types';
import { t } from '../../../locales';
import { prefersReducedMotion } from '../../../reduced-motion';

type ECharts = typeof import('./echarts')['echarts'];
type Option = Parameters<ReturnType<ECharts['init']>['setOption']>[0];

/** Releases held or published in the year, by month (bar) and by form (pie). */
export default function ReleaseCharts({ stats }: { stats: ReleaseStats | undefined }) {
  const { token } = theme.useToken();
  const byForm = useMemo(
    () => RELEASE_FORMS.filter((f) => (stats?.byForm[f] ?? 0) > 0).map((f) => ({ name: `${RELEASE_FORM_CODES[f]} ${RELEASE_FORM_LABELS[f]}`, value: stats!.byForm[f]! })),
    [stats],
  );

  const bar = useMemo<Option>(() => ({
    color: [token.colorPrimary],
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('releases.quotas.charts.month', { month: i + 1 })), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('releases.quotas.charts.releases'), data: stats?.byMonth ?? [], barMaxWidth: 28 }],
  }), [stats, token.colorPrimary]);
  const pie = useMemo<Option>(() => ({
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 12 },
    series: [{ type: 'pie', radius: ['34%', '58%'], center: ['50%', '40%'], data: byForm, label: { formatter: '{c}' }, avoidLabelOverlap: true }],
  }), [byForm]);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.quotas.charts.byMonth', { total: stats?.total ?? 0 })}</h2>}>
          {stats ? <Chart option={bar} label={t('releases.quotas.charts.byMonthLabel')} /> : <Skeleton active />}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.quotas.charts.byForm')}</h2>}>
          {!stats ? <Skeleton active /> : byForm.length === 0 ? <Empty style={{ height: 280 }} description={t('releases.quotas.charts.none')} /> : <Chart option={pie} label={t('releases.quotas.charts.byForm')} />}
        </Card>
      </Col>
    </Row>
  );
}

/** One chart; ECharts itself is fetched the first time a chart is drawn. */
function Chart({ option, label }: { option: Option; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ReturnType<ECharts['init']> | null>(null);

  useEffect(() => {
    let disposed = false;
    let instance: ReturnType<ECharts['init']> | undefined;
    let observer: ResizeObserver | undefined;
    void import('./echarts').then(({ echarts }) => {
      if (disposed || !ref.current) return;
      instance = echarts.init(ref.current);
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(ref.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption({ animation: !prefersReducedMotion(), ...option }, true);
  }, [chart, option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 280 }} />;
}
