/** The evaluation area's API: annual evaluation (A13.8), training (A12), spokesperson reports (A9.8). */
import type {
  AnnualReportList,
  AnnualReportView,
  EvaluationAction,
  EvaluationIndicator,
  EvaluationView,
  PersonTrainingView,
  PublicationView,
  Scoreboard,
  TrainingSessionBody,
  TrainingSessionView,
  UnitEvaluationView,
  UntrainedList,
} from '@fabutong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';

export type { AnnualReportView, EvaluationView, PublicationView, Scoreboard, TrainingSessionView, UnitEvaluationView, UntrainedList, PersonTrainingView };
export type AnnualReports = z.infer<typeof AnnualReportList>;

const EVALUATIONS = ['evaluations'] as const;
const TRAINING = ['training'] as const;
const REPORTS = ['annual-reports'] as const;

export const useEvaluations = () => useQuery({ queryKey: EVALUATIONS, queryFn: () => api<EvaluationView[]>('/evaluations') });
export const useEvaluation = (id: number) => useQuery({ queryKey: [...EVALUATIONS, id], queryFn: () => api<EvaluationView>(`/evaluations/${id}`) });
export const useScoreboard = (id: number) => useQuery({ queryKey: [...EVALUATIONS, id, 'units'], queryFn: () => api<Scoreboard>(`/evaluations/${id}/units`) });
export const useUnitEvaluation = (id: number, unitId: number) =>
  useQuery({ queryKey: [...EVALUATIONS, id, 'units', unitId], queryFn: () => api<UnitEvaluationView>(`/evaluations/${id}/units/${unitId}`) });
export const usePublications = (id: number) => useQuery({ queryKey: [...EVALUATIONS, id, 'publications'], queryFn: () => api<PublicationView[]>(`/evaluations/${id}/publications`) });

function useInvalidating<A, R>(key: readonly unknown[], fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateEvaluation = () => useInvalidating(EVALUATIONS, (body: { year: number; title: string }) => api<EvaluationView>('/evaluations', { method: 'POST', body }));
export const useSaveTemplate = (id: number) =>
  useInvalidating(EVALUATIONS, (body: { title: string; indicators: EvaluationIndicator[] }) => api<EvaluationView>(`/evaluations/${id}/template`, { method: 'PUT', body }));
export const useStep = (id: number) =>
  useInvalidating(EVALUATIONS, ({ action, note }: { action: EvaluationAction; note?: string }) => api<EvaluationView>(`/evaluations/${id}/${action}`, { method: 'POST', body: note ? { note } : {} }));
export const useSelfEvaluate = (id: number, unitId: number) =>
  useInvalidating(EVALUATIONS, (entries: { key: string; score: number | null; comment: string | null }[]) =>
    api<UnitEvaluationView>(`/evaluations/${id}/units/${unitId}/self`, { method: 'PUT', body: { entries } }),
  );
export const useAdjust = (id: number, unitId: number) =>
  useInvalidating(EVALUATIONS, (body: { key: string; score: number | null; reason: string }) => api<UnitEvaluationView>(`/evaluations/${id}/units/${unitId}/adjust`, { method: 'POST', body }));

export const reportHref = (id: number) => `/api/v1/evaluations/${id}/report.docx`;
export const exportHref = (id: number) => `/api/v1/evaluations/${id}/export.xlsx`;

export const useTrainingSessions = (year: number) => useQuery({ queryKey: [...TRAINING, 'sessions', year], queryFn: () => api<TrainingSessionView[]>('/training/sessions', { query: { year } }) });
export const useUntrained = (year: number) => useQuery({ queryKey: [...TRAINING, 'untrained', year], queryFn: () => api<UntrainedList>('/training/untrained', { query: { year } }) });
export const usePersonTraining = (personId: number | null) =>
  useQuery({ queryKey: [...TRAINING, 'people', personId], queryFn: () => api<PersonTrainingView>(`/training/people/${personId}`), enabled: personId !== null });
export const useSaveSession = () =>
  useInvalidating(TRAINING, ({ id, body }: { id?: number; body: TrainingSessionBody }) =>
    api<TrainingSessionView>(id ? `/training/sessions/${id}` : '/training/sessions', { method: id ? 'PUT' : 'POST', body }),
  );

export const useAnnualReports = (year: number) => useQuery({ queryKey: [...REPORTS, year], queryFn: () => api<AnnualReports>('/annual-reports', { query: { year } }) });
export const useAnnualReport = (year: number, unitId: number) => useQuery({ queryKey: [...REPORTS, year, unitId], queryFn: () => api<AnnualReportView>(`/annual-reports/${year}/${unitId}`) });
export const useSaveReport = (year: number, unitId: number) =>
  useInvalidating(REPORTS, ({ submit, body }: { submit: boolean; body: { workReport: string; nextYearPlan: string } }) =>
    api<AnnualReportView>(submit ? `/annual-reports/${year}/${unitId}/submit` : `/annual-reports/${year}/${unitId}`, { method: submit ? 'POST' : 'PUT', body }),
  );
export const useAcknowledge = (year: number, unitId: number) =>
  useInvalidating(REPORTS, (note: string | null) => api<AnnualReportView>(`/annual-reports/${year}/${unitId}/acknowledge`, { method: 'POST', body: note ? { note } : {} }));
export const useSetDue = (year: number) => useInvalidating(REPORTS, (dueDate: string) => api<AnnualReports>(`/annual-report-dues/${year}`, { method: 'PUT', body: { dueDate } }));
