/** Reads and writes of the opinion area's pages. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Expert, ExpertHistoryView, Feed, HotTopic, Interview, KeywordRule, OpinionItem, OpinionItemDetail, Page, Vendor } from './types';

export type OpinionFilter = { status?: string; level?: string; sourceKind?: string; q?: string; page: number };

export function useOpinions(filter: OpinionFilter) {
  return useQuery({ queryKey: ['opinions', 'list', filter], queryFn: () => api<Page<OpinionItem>>('/opinions', { query: { ...filter, pageSize: 20 } }), refetchInterval: 60_000 });
}

export function useOpinion(id: number) {
  return useQuery({ queryKey: ['opinions', 'one', id], queryFn: () => api<OpinionItemDetail>(`/opinions/${id}`), refetchInterval: 60_000 });
}

/** Any POST that answers with the item (assign, assess, respond …). */
export function useOpinionAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body = {} }: { path: string; body?: object }) => api<OpinionItemDetail>(path, { method: 'POST', body }),
    onSuccess: (item) => {
      client.setQueryData(['opinions', 'one', item.id], item);
      void client.invalidateQueries({ queryKey: ['opinions', 'list'] });
      void client.invalidateQueries({ queryKey: ['home', 'pending'] });
      // A major item reports to its assessor too (A13.2): the bell shows it at once.
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function useReleaseChoices(unitId: number | null, category?: string) {
  return useQuery({
    queryKey: ['releases', 'choices', unitId, category],
    queryFn: () => api<{ items: { id: number; title: string; date: string; status: string }[] }>('/releases', { query: { unitId: unitId ?? undefined, category, pageSize: 100 } }),
    enabled: unitId !== null,
  });
}

export function useExperts(filter: { field?: string; kind?: string; includeInactive?: '1' }) {
  return useQuery({ queryKey: ['experts', filter], queryFn: () => api<{ items: Expert[] }>('/experts', { query: filter }) });
}

export function useExpertHistory(id: number | null) {
  return useQuery({ queryKey: ['experts', 'history', id], queryFn: () => api<ExpertHistoryView>(`/experts/${id}/history`), enabled: id !== null });
}

export function useSaveExpert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: object }) => (id ? api<Expert>(`/experts/${id}`, { method: 'PUT', body }) : api<Expert>('/experts', { method: 'POST', body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['experts'] }),
  });
}

export function useHotTopics() {
  return useQuery({ queryKey: ['hot-topics'], queryFn: () => api<{ items: HotTopic[] }>('/hot-topics'), refetchInterval: 60_000 });
}

/** Any POST of the topic board; the board is read again after it. */
export function useTopicAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body = {} }: { path: string; body?: object }) => api<unknown>(path, { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['hot-topics'] });
      void client.invalidateQueries({ queryKey: ['home', 'pending'] });
    },
  });
}

export function useInterviews(status?: string) {
  return useQuery({ queryKey: ['interviews', status], queryFn: () => api<Page<Interview>>('/interview-requests', { query: { status, pageSize: 100 } }) });
}

export function useInterviewAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body = {} }: { path: string; body?: object }) => api<Interview>(path, { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['interviews'] });
      void client.invalidateQueries({ queryKey: ['home', 'pending'] });
    },
  });
}

export function useVendors() {
  return useQuery({ queryKey: ['opinion-sources', 'vendors'], queryFn: () => api<{ items: Vendor[] }>('/opinion-vendors') });
}

export function useKeywordRules() {
  return useQuery({ queryKey: ['opinion-sources', 'rules'], queryFn: () => api<{ items: KeywordRule[] }>('/opinion-keyword-rules') });
}

export function useFeeds() {
  return useQuery({ queryKey: ['opinion-sources', 'feeds'], queryFn: () => api<{ items: Feed[] }>('/opinion-feeds') });
}

/** Any write of the sources page (POST or PUT); the sources are read again after it. */
export function useSourceWrite<T>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body = {} }: { method: 'POST' | 'PUT'; path: string; body?: object }) => api<T>(path, { method, body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['opinion-sources'] }),
  });
}
