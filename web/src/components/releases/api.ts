/** Reads several release-area pages share: units and people to pick from, platforms, outlets, the rule set, one release. */
import { REGION_KINDS } from '@fabutong/core/units';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Outlet, Person, Platform, Release, RuleSet, Unit, UnitDetail } from '../../api/release-types';

const STATIC = 5 * 60_000;

/** Units that release: everything below the district node (not the city or the district itself). */
export function useReleasingUnits() {
  return useQuery({
    queryKey: ['units', 'active'],
    queryFn: () => api<{ items: Unit[] }>('/units'),
    staleTime: STATIC,
    select: (data) => data.items.filter((u) => u.active && !REGION_KINDS.includes(u.kind)).sort((a, b) => a.sortOrder - b.sortOrder),
  });
}

/** A unit with its current post holders (principal, spokesperson, assistant …). */
export function useUnitDetail(id: number | undefined) {
  return useQuery({ queryKey: ['units', id], queryFn: () => api<UnitDetail>(`/units/${id}`), enabled: id !== undefined, staleTime: 60_000 });
}

export function usePeopleSearch(q: string) {
  return useQuery({ queryKey: ['people', { q }], queryFn: () => api<{ items: Person[] }>('/people', { query: { q } }), staleTime: 60_000 });
}

export function usePerson(id: number | null | undefined) {
  return useQuery({
    queryKey: ['people', id],
    queryFn: () => api<{ person: Person }>(`/people/${id}`),
    enabled: typeof id === 'number',
    staleTime: STATIC,
  });
}

export function usePlatforms() {
  return useQuery({ queryKey: ['platforms'], queryFn: () => api<{ items: Platform[] }>('/platforms'), staleTime: STATIC });
}

export const OUTLETS_KEY = ['media', 'outlets'] as const;

export function useOutlets() {
  return useQuery({ queryKey: OUTLETS_KEY, queryFn: () => api<{ items: Outlet[] }>('/media/outlets') });
}

export function useActiveRuleSet() {
  return useQuery({ queryKey: ['rule-sets', 'active'], queryFn: () => api<RuleSet>('/rule-sets/active'), staleTime: STATIC });
}

export const releaseKey = (id: number) => ['releases', 'one', id] as const;

export function useRelease(id: number | undefined) {
  return useQuery({ queryKey: releaseKey(id ?? 0), queryFn: () => api<Release>(`/releases/${id}`), enabled: id !== undefined });
}

/** `/releases/12` → 12; anything else → undefined, so the page can say it does not exist. */
export function idParam(value: string | undefined): number | undefined {
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}
