import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestOptions } from '../../../api/client';
import type { Detail, Update, UpdateInput } from '../../../components/incidents/types';
import { INCIDENTS_KEY } from '../register/api';

/** The client's method list lacks PUT (the server's update verb for whole documents); fetch sends it as given. */
export const PUT = 'PUT' as string as RequestOptions['method'];

const incidentKey = (id: number) => [...INCIDENTS_KEY, 'detail', id] as const;

export function useIncident(id: number) {
  return useQuery({ queryKey: incidentKey(id), queryFn: () => api<Detail>(`/incidents/${id}`), refetchInterval: 30_000 });
}

/** A change to the incident or one of its updates, then the incident (and the register) read again. */
function useIncidentMutation<Input, Output = Detail>(id: number, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
    meta: { incident: id },
  });
}

export interface IncidentChange {
  title?: string;
  responsibleUnitId?: number;
  fieldCommand?: string | null;
  location?: string;
  summary?: string | null;
  isPublic?: boolean;
  notPublicReason?: string | null;
}

export const usePatchIncident = (id: number) => useIncidentMutation(id, (body: IncidentChange) => api<Detail>(`/incidents/${id}`, { method: 'PATCH', body }));
export const useRegrade = (id: number) =>
  useIncidentMutation(id, (body: { grade: string; majorCasualtiesOrImpact: boolean; reason: string }) => api<Detail>(`/incidents/${id}/regrade`, { method: 'POST', body }));
export const useCloseIncident = (id: number) => useIncidentMutation(id, (reason: string) => api<Detail>(`/incidents/${id}/close`, { method: 'POST', body: { reason } }));
export const useLinkRelease = (id: number) => useIncidentMutation(id, (releaseId: number) => api<Detail>(`/incidents/${id}/releases`, { method: 'POST', body: { releaseId } }));

export const useCreateUpdate = (id: number) => useIncidentMutation(id, (body: UpdateInput) => api<Update>(`/incidents/${id}/updates`, { method: 'POST', body }));
export const useEditUpdate = (id: number) =>
  useIncidentMutation(id, ({ updateId, ...body }: UpdateInput & { updateId: number }) => api<Update>(`/incident-updates/${updateId}`, { method: PUT, body }));
export const useReviewUpdate = (id: number) =>
  useIncidentMutation(id, ({ updateId, ...body }: { updateId: number; confidentialityReview: { reviewer: string; reviewedAt: string }; causesConfirmed?: boolean }) =>
    api<Update>(`/incident-updates/${updateId}/review`, { method: 'POST', body }),
  );
export const usePublishUpdate = (id: number) => useIncidentMutation(id, (updateId: number) => api<Update>(`/incident-updates/${updateId}/publish`, { method: 'POST' }));
