import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Items, NewUnit, Person, PersonChange, PersonDetail, Unit, UnitChange, UnitGapRow } from '../../../api/org-types';

/** Every unit query (list, gaps, one unit) starts with this key, so one invalidation refreshes them all. */
export const UNITS_KEY = ['units'] as const;
export const PEOPLE_KEY = ['people'] as const;

/** What a change to units, people or appointments makes stale: the units, the people, the draft list, the home page's gaps. */
export function invalidateOrganization(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: UNITS_KEY }),
    queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
    queryClient.invalidateQueries({ queryKey: ['spokesperson-lists', 'draft'] }),
    queryClient.invalidateQueries({ queryKey: ['home', 'pending'] }),
  ]);
}

export function useUnits(includeRetired: boolean) {
  return useQuery({
    queryKey: [...UNITS_KEY, 'list', includeRetired],
    queryFn: () => api<Items<Unit>>('/units', { query: { includeRetired: includeRetired ? '1' : '0' } }),
    placeholderData: keepPreviousData,
  });
}

export function useUnitGaps(enabled: boolean) {
  return useQuery({ queryKey: [...UNITS_KEY, 'gaps'], queryFn: () => api<Items<UnitGapRow>>('/units/gaps'), enabled });
}

/** A change to the organization, then everything that shows it read again. */
export function useOrganizationMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => invalidateOrganization(queryClient) });
}

export const useCreateUnit = () => useOrganizationMutation((body: NewUnit) => api<Unit>('/units', { method: 'POST', body }));

export const useUpdateUnit = () =>
  useOrganizationMutation(({ id, ...body }: UnitChange & { id: number }) => api<Unit>(`/units/${id}`, { method: 'PATCH', body }));

export function usePeople(q: string) {
  return useQuery({
    queryKey: [...PEOPLE_KEY, 'list', q],
    queryFn: () => api<Items<Person>>('/people', { query: { q } }),
    placeholderData: keepPreviousData,
  });
}

export function usePersonDetail(id: number | null) {
  return useQuery({
    queryKey: [...PEOPLE_KEY, id],
    queryFn: () => api<PersonDetail>(`/people/${id}`),
    enabled: id !== null,
  });
}

export const useUpdatePerson = () =>
  useOrganizationMutation(({ id, ...body }: PersonChange & { id: number }) => api<Person>(`/people/${id}`, { method: 'PATCH', body }));
