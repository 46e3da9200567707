import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Detail, IncidentInput, IncidentPage } from '../../../components/incidents/types';

export const INCIDENTS_KEY = ['incidents'] as const;

export function useIncidents(filter: { status?: string; grade?: string; page: number }) {
  return useQuery({
    queryKey: [...INCIDENTS_KEY, filter],
    queryFn: () => api<IncidentPage>('/incidents', { query: { ...filter, pageSize: 20 } }),
    // Clocks move: the register is read again every minute.
    refetchInterval: 60_000,
  });
}

export function useRegisterIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncidentInput) => api<Detail>('/incidents', { method: 'POST', body }),
    // Not awaited: the new incident's page opens at once, the register catches up behind it.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY }),
  });
}
