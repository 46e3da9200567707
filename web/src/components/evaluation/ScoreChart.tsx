import { theme } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { prefersReducedMotion } from '../../reduced-motion';

type ECharts = typeof import('./echarts')['echarts'];
type Option = Parameters<ReturnType<ECharts['init']>['setOption']>[0];

/** The ranking as a horizontal bar chart, best on top; ECharts is fetched the first time it is drawn. */
export default function ScoreChart({ rows, label }: { rows: { unitName: string; total: number | null }[]; label: string }) {
  const { token } = theme.useToken();
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ReturnType<ECharts['init']> | null>(null);
  const ranked = useMemo(() => rows.filter((r) => r.total !== null).reverse(), [rows]);
  const option = useMemo<Option>(
    () => ({
      color: [token.colorPrimary],
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: ranked.map((r) => r.unitName) },
      series: [{ type: 'bar', data: ranked.map((r) => r.total), barMaxWidth: 20, label: { show: true, position: 'right' } }],
    }),
    [ranked, token.colorPrimary],
  );

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

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: Math.max(160, ranked.length * 32 + 40) }} />;
}
