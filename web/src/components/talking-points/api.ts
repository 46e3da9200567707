/** The talking points a spokesperson may use (A9.3), and recording a use — shared by the conference and opinion pages. */
import type { TalkingPointSummaryView, TalkingPointUseKind, TalkingPointView } from '@fabutong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { districtToday } from '../releases/district-time';

export type PointSummary = TalkingPointSummaryView;

/** The unit's own lines and the district-wide ones, approved and in force today (the server decides). */
export function useUsablePoints(unitId: number, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['talking-points', 'usable', unitId, q],
    queryFn: () => api<{ items: PointSummary[] }>('/talking-points/usable', { query: { unitId, q: q || undefined } }),
    enabled,
  });
}

/** The approved lines the unit could have used that have run out: shown as expired, never silently dropped. */
export function useExpiredPoints(unitId: number, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['talking-points', 'page', { standing: 'expired', q, pageSize: 200 }],
    queryFn: () => api<{ items: PointSummary[]; total: number }>('/talking-points', { query: { standing: 'expired', q: q || undefined, pageSize: 200 } }),
    select: (page) => page.items.filter((p) => p.unitId === unitId || p.districtWide),
    enabled,
  });
}

export interface PointUse {
  point: PointSummary;
  kind: TalkingPointUseKind;
  refId: number | null;
  label: string;
}

/** Records that a line was quoted (today, district time); the server flags a use after the review date. */
export function useRecordPointUse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ point, kind, refId, label }: PointUse) =>
      api<TalkingPointView>(`/talking-points/${point.id}/uses`, { method: 'POST', body: { kind, refId, label: label.slice(0, 200), usedOn: districtToday() } }),
    onSuccess: async (point) => {
      queryClient.setQueryData(['talking-points', 'one', point.id], point);
      await queryClient.invalidateQueries({ queryKey: ['talking-points', 'page'] });
    },
  });
}
