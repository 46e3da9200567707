import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { AuditCheck, AuditFilter, AuditPage } from '../../../api/types';

export function useAuditRecords(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api<AuditPage>('/audit', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api<AuditCheck>('/audit/verify') });
}
