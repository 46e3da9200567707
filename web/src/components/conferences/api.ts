/** Reads and writes of the conference pages; uploads go by XMLHttpRequest so the page can show progress. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../api/client';
import type { BookingWeek, Conference, ConferenceInput, ConferenceSummary, SeriesInput, Venue } from './types';

export const conferenceKey = (id: number) => ['conferences', 'one', id] as const;

export function useConferences(query: { status?: string; year?: number } = {}) {
  return useQuery({ queryKey: ['conferences', 'list', query], queryFn: () => api<{ items: ConferenceSummary[]; total: number }>('/conference-applications', { query }) });
}

export function useConference(id: number | undefined) {
  return useQuery({ queryKey: conferenceKey(id ?? 0), queryFn: () => api<Conference>(`/conference-applications/${id}`), enabled: id !== undefined });
}

export function useVenues() {
  return useQuery({ queryKey: ['venues'], queryFn: () => api<{ items: Venue[] }>('/venues'), staleTime: 60_000 });
}

export function useBookings(weekOf: string) {
  return useQuery({ queryKey: ['venues', 'bookings', weekOf], queryFn: () => api<BookingWeek>('/venues/bookings', { query: { weekOf } }) });
}

/** A15.1: the latest submission date for a conference day, by the server's own workday calendar. */
export function useLatestSubmission(date: string | null, lead: number) {
  return useQuery({
    queryKey: ['calendar', 'offset', date, -lead],
    queryFn: () => api<{ date: string; provisional: boolean }>('/calendar/offset', { query: { from: date ?? '', workdays: -lead } }),
    enabled: date !== null,
    staleTime: 5 * 60_000,
  });
}

export function useSaveConference(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConferenceInput) => (id ? api<Conference>(`/conference-applications/${id}`, { method: 'PUT', body }) : api<Conference>('/conference-applications', { method: 'POST', body })),
    onSuccess: (saved) => {
      client.setQueryData(conferenceKey(saved.id), saved);
      void client.invalidateQueries({ queryKey: ['conferences', 'list'] });
    },
  });
}

/** Any POST on one application that answers with the application (transitions, comments, live posts …). */
export function useConferenceAction(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body = {} }: { path: string; body?: object }) => api<Conference>(`/conference-applications/${id}/${path}`, { method: 'POST', body }),
    onSuccess: (saved) => {
      client.setQueryData(conferenceKey(id), saved);
      void client.invalidateQueries({ queryKey: ['conferences', 'list'] });
      void client.invalidateQueries({ queryKey: ['home', 'pending'] });
    },
  });
}

export function useSetLiveLink(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (liveVideoUrl: string | null) => api<Conference>(`/conference-applications/${id}/live-link`, { method: 'PUT', body: { liveVideoUrl } }),
    onSuccess: (saved) => client.setQueryData(conferenceKey(id), saved),
  });
}

export function useCreateSeries() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesInput) => api<{ seriesId: number; items: ConferenceSummary[] }>('/conference-series', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['conferences', 'list'] }),
  });
}

export function useCreateVenue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; address: string | null; note: string | null }) => api<Venue>('/venues', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['venues'] }),
  });
}

/** Sends one file, reporting progress (0–100). */
export function uploadWithProgress<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return uploadFile<T>(path, file, (percent) => onProgress(percent));
}
