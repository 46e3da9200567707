import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Violation, ViolationPage } from '../../../components/incidents/types';

const VIOLATIONS_KEY = ['violations'] as const;

export function useViolations(filter: { status?: string; page: number }) {
  return useQuery({ queryKey: [...VIOLATIONS_KEY, filter], queryFn: () => api<ViolationPage>('/violations', { query: { ...filter, pageSize: 20 } }) });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: number; decision: 'confirm' | 'dismiss'; reason: string }) => api<Violation>(`/violations/${id}/${decision}`, { method: 'POST', body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIOLATIONS_KEY }),
  });
}
