import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { FindingInput, Journalist, JournalistChange, JournalistInput, OutletDetail, ReleasePage } from '../../../api/release-types';

const outletKey = (id: number) => ['media', 'outlet', id] as const;

export function useOutletDetail(id: number | undefined) {
  return useQuery({ queryKey: outletKey(id ?? 0), queryFn: () => api<OutletDetail>(`/media/outlets/${id}`), enabled: id !== undefined });
}

/** A change in the registry, then everything under `media` (lists, counts, the expiring list) read again. */
function useMediaMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['media'] }) });
}

export const useSaveJournalist = (id: number | undefined) =>
  useMediaMutation((body: JournalistInput | JournalistChange) =>
    id === undefined ? api<Journalist>('/media/journalists', { method: 'POST', body }) : api<Journalist>(`/media/journalists/${id}`, { method: 'PATCH', body }),
  );

export const useRecordFinding = (outletId: number) =>
  useMediaMutation((body: FindingInput) => api<OutletDetail>(`/media/outlets/${outletId}/findings`, { method: 'POST', body }));

/** Recent releases, to link a finding to the one it distorted. */
export function useRecentReleases(enabled: boolean) {
  return useQuery({ queryKey: ['releases', 'page', { pageSize: 100 }], queryFn: () => api<ReleasePage>('/releases', { query: { pageSize: 100 } }), enabled });
}
