/** The topics area's API: shapes inferred from @fabutong/core's contract, and the queries and mutations its pages share. */
import type {
  PlanBody,
  PlanProgress as PlanProgressSchema,
  PlanView,
  SearchQuery,
  SearchResult as SearchResultSchema,
  StartedTopic as StartedTopicSchema,
  TalkingPointBody,
  TalkingPointDiff as TalkingPointDiffSchema,
  TalkingPointListQuery,
  TalkingPointSummaryView,
  TalkingPointView,
  TopicBody,
  TopicListQuery,
  TopicSummaryView,
  TopicView,
  page,
} from '@fabutong/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';

export type Topic = z.infer<typeof TopicView>;
export type TopicSummary = z.infer<typeof TopicSummaryView>;
export type TopicPage = z.infer<ReturnType<typeof page<typeof TopicSummaryView>>>;
export type TopicInput = z.input<typeof TopicBody>;
export type TopicFilter = z.infer<typeof TopicListQuery>;
export type StartedTopic = z.infer<typeof StartedTopicSchema>;

export type Plan = z.infer<typeof PlanView>;
export type PlanInput = z.input<typeof PlanBody>;
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

export type TalkingPoint = z.infer<typeof TalkingPointView>;
export type TalkingPointSummary = z.infer<typeof TalkingPointSummaryView>;
export type TalkingPointPage = z.infer<ReturnType<typeof page<typeof TalkingPointSummaryView>>>;
export type TalkingPointInput = z.input<typeof TalkingPointBody>;
export type TalkingPointFilter = z.infer<typeof TalkingPointListQuery>;
export type TalkingPointDiff = z.infer<typeof TalkingPointDiffSchema>;

export type SearchFilter = z.infer<typeof SearchQuery>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchHit = SearchResult['items'][number];

// ---------------------------------------------------------------- topics

export function useTopicPage(filter: TopicFilter) {
  return useQuery({ queryKey: ['topics', 'page', filter], queryFn: () => api<TopicPage>('/topics', { query: filter as Record<string, string | number | undefined> }), placeholderData: keepPreviousData });
}

export function useTopic(id: number | undefined) {
  return useQuery({ queryKey: ['topics', 'one', id], queryFn: () => api<Topic>(`/topics/${id}`), enabled: id !== undefined });
}

/** The accepted topics, to merge a duplicate into. */
export function usePoolTopics(enabled: boolean) {
  return useQuery({ queryKey: ['topics', 'pool'], queryFn: () => api<TopicPage>('/topics', { query: { status: 'accepted', pageSize: 200 } }), enabled });
}

function useTopicMutation<T>(fn: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['topics'] }), queryClient.invalidateQueries({ queryKey: ['home', 'pending'] })]);
    },
  });
}

export function useSaveTopic(id: number | undefined) {
  return useTopicMutation((body: TopicInput) => (id === undefined ? api<Topic>('/topics', { method: 'POST', body }) : api<Topic>(`/topics/${id}`, { method: 'PATCH', body })));
}

export type TopicStep = 'endorse' | 'withdraw' | 'accept' | 'merge' | 'decline' | 'start-release' | 'start-conference';

export function useTopicStep(id: number) {
  return useTopicMutation(({ step, body }: { step: TopicStep; body?: object }) => api<Topic | StartedTopic>(`/topics/${id}/${step}`, { method: 'POST', body: step === 'withdraw' ? undefined : (body ?? {}) }));
}

// ---------------------------------------------------------------- plans

export function usePlans(year: number) {
  return useQuery({ queryKey: ['plans', year], queryFn: () => api<{ items: Plan[] }>('/release-plans', { query: { year } }) });
}

export function usePlanProgress(year: number, enabled = true) {
  return useQuery({ queryKey: ['plans', 'progress', year], queryFn: () => api<PlanProgress>('/release-plans/progress', { query: { year } }), enabled });
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanInput) => api<Plan>('/release-plans', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

export function useFilePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<Plan>(`/release-plans/${id}/file`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

// ---------------------------------------------------------------- talking points

export function useTalkingPointPage(filter: TalkingPointFilter) {
  return useQuery({
    queryKey: ['talking-points', 'page', filter],
    queryFn: () => api<TalkingPointPage>('/talking-points', { query: filter as Record<string, string | number | undefined> }),
    placeholderData: keepPreviousData,
  });
}

export function useTalkingPoint(id: number | undefined) {
  return useQuery({ queryKey: ['talking-points', 'one', id], queryFn: () => api<TalkingPoint>(`/talking-points/${id}`), enabled: id !== undefined });
}

export function useTalkingPointDiff(id: number, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: ['talking-points', 'diff', id, from, to],
    queryFn: () => api<TalkingPointDiff>(`/talking-points/${id}/diff`, { query: { from, to } }),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

function usePointMutation<T>(fn: (body: T) => Promise<TalkingPoint>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (point) => {
      queryClient.setQueryData(['talking-points', 'one', point.id], point);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['talking-points', 'page'] }), queryClient.invalidateQueries({ queryKey: ['home', 'pending'] })]);
    },
  });
}

export function useSaveTalkingPoint(id: number | undefined) {
  return usePointMutation((body: TalkingPointInput) =>
    id === undefined ? api<TalkingPoint>('/talking-points', { method: 'POST', body }) : api<TalkingPoint>(`/talking-points/${id}`, { method: 'PATCH', body }),
  );
}

export type PointStep = 'submit' | 'request-changes' | 'approve' | 'revise' | 'withdraw' | 'comments' | 'uses';

export function usePointStep(id: number) {
  return usePointMutation(({ step, body }: { step: PointStep; body?: object }) => api<TalkingPoint>(`/talking-points/${id}/${step}`, { method: 'POST', body: body ?? {} }));
}

// ---------------------------------------------------------------- search

export function useSearch(filter: SearchFilter) {
  return useQuery({
    queryKey: ['search', filter],
    queryFn: () => api<SearchResult>('/search', { query: filter as Record<string, string | number | undefined> }),
    enabled: filter.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
