import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Items, ListPublication, SpokespersonList, SpokespersonListEntry } from '../../../api/org-types';

const LISTS_KEY = ['spokesperson-lists'] as const;

/** Every published version of a year, newest first. */
export function useLists(year: number) {
  return useQuery({ queryKey: [...LISTS_KEY, 'year', year], queryFn: () => api<Items<SpokespersonList>>('/spokesperson-lists', { query: { year } }) });
}

/** Who would be listed if the list were published now (the same for every year: it is today's holders). */
export function useDraft() {
  return useQuery({ queryKey: [...LISTS_KEY, 'draft'], queryFn: () => api<{ entries: SpokespersonListEntry[] }>('/spokesperson-lists/draft') });
}

export function usePublishList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ListPublication) => api<SpokespersonList>('/spokesperson-lists', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LISTS_KEY }),
  });
}
