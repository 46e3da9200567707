import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Warning, WarningInput } from '../../../components/incidents/types';
import { PUT } from '../incident/api';

const WARNINGS_KEY = ['warnings'] as const;

export function useWarnings(state: string | undefined) {
  return useQuery({ queryKey: [...WARNINGS_KEY, state], queryFn: () => api<{ items: Warning[] }>('/warnings', { query: { state } }), refetchInterval: 60_000 });
}

function useWarningMutation<Input>(call: (input: Input) => Promise<Warning>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: WARNINGS_KEY }) });
}

export const useSaveWarning = () =>
  useWarningMutation(({ id, ...body }: WarningInput & { id?: number }) =>
    id === undefined ? api<Warning>('/warnings', { method: 'POST', body }) : api<Warning>(`/warnings/${id}`, { method: PUT, body }),
  );

export const useLiftWarning = () => useWarningMutation(({ id, reason }: { id: number; reason: string }) => api<Warning>(`/warnings/${id}/lift`, { method: 'POST', body: { reason } }));
