import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Expiring } from '../../../api/release-types';

/** Qualifications that expire within 30 days or have expired. */
export function useExpiring() {
  return useQuery({ queryKey: ['media', 'expiring'], queryFn: () => api<{ items: Expiring[] }>('/media/expiring') });
}
