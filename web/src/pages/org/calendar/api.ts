import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { CalendarYear, CalendarYearInfo, Items, ScheduleConfirmation, ScheduleParse, WorkdayOffsetResult } from '../../../api/org-types';

const CALENDAR_KEY = ['calendar'] as const;


export function useCalendarYears() {
  return useQuery({ queryKey: [...CALENDAR_KEY, 'years'], queryFn: () => api<Items<CalendarYearInfo>>('/calendar/years') });
}

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: [...CALENDAR_KEY, 'year', year], queryFn: () => api<CalendarYear>(`/calendar/years/${year}`) });
}

/** Reads the pasted schedule without saving it. */
export function usePreviewSchedule(year: number) {
  return useMutation({ mutationFn: (text: string) => api<ScheduleParse>(`/calendar/years/${year}/preview`, { method: 'POST', body: { text } }) });
}

export function useConfirmSchedule(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleConfirmation) => api<CalendarYear>(`/calendar/years/${year}`, { method: 'PUT', body }),
    // Deadlines everywhere are counted on the calendar: the home page's due dates may move.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: CALENDAR_KEY }), queryClient.invalidateQueries({ queryKey: ['home'] })]),
  });
}

export function useWorkdayOffset() {
  return useMutation({
    mutationFn: (query: { from: string; workdays: number }) => api<WorkdayOffsetResult>('/calendar/offset', { query }),
  });
}
