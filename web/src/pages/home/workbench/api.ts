import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { PendingList } from '../../../api/types';

export function usePending() {
  return useQuery({ queryKey: ['home', 'pending'], queryFn: () => api<PendingList>('/home/pending') });
}
