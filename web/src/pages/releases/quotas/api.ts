import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { QuotaReport, Release, ReleaseStats } from '../../../api/release-types';
import { releaseKey } from '../../../components/releases/api';

export function useQuotas(year: number) {
  return useQuery({ queryKey: ['quotas', year], queryFn: () => api<QuotaReport>('/quotas', { query: { year } }), placeholderData: keepPreviousData });
}

export function useReleaseStats(year: number) {
  return useQuery({ queryKey: ['releases', 'stats', year], queryFn: () => api<ReleaseStats>('/releases/stats', { query: { year } }), placeholderData: keepPreviousData });
}

/** Plan against actual per unit for the year (`GET /release-plans/progress`, the plans module): the units the reader may read only. */
export { usePlanProgress, type PlanProgress } from '../../topics/api';

export const quotaExportHref = (year: number) => `/api/v1/quotas/export?year=${year}`;

/** The releases that count toward a quota, for their titles (one the user may not read stays a number). */
export function useReleases(ids: readonly number[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: releaseKey(id), queryFn: () => api<Release>(`/releases/${id}`), staleTime: 60_000 })),
  });
}
