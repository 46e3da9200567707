import { CHARGE_LEADER_POSTS } from '@fabutong/core/rules/appointments';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type {
  Appointment,
  AppointmentChange,
  LeaderInCharge,
  LeaderInChargeChange,
  NewAppointment,
  NewPerson,
  Person,
  Unit,
  UnitDetail,
} from '../../../api/org-types';
import { invalidateOrganization, UNITS_KEY, useOrganizationMutation, useUnits } from '../units/api';

export function useUnitDetail(id: number) {
  return useQuery({ queryKey: [...UNITS_KEY, id], queryFn: () => api<UnitDetail>(`/units/${id}`), enabled: id > 0 });
}

export const useRetireUnit = () => useOrganizationMutation((id: number) => api<Unit>(`/units/${id}/retire`, { method: 'POST' }));
export const useReactivateUnit = () => useOrganizationMutation((id: number) => api<Unit>(`/units/${id}/reactivate`, { method: 'POST' }));
/** The deleted unit's own page is dropped rather than read again (it would answer 404 while the user leaves it). */
export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<{ ok: true }>(`/units/${id}`, { method: 'DELETE' }),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: [...UNITS_KEY, id], exact: true });
      return invalidateOrganization(queryClient);
    },
  });
}

export const useCreatePerson = () => useOrganizationMutation((body: NewPerson) => api<Person>('/people', { method: 'POST', body }));

export const useCreateAppointment = () =>
  useOrganizationMutation((body: NewAppointment) => api<Appointment>('/appointments', { method: 'POST', body }));

export const useUpdateAppointment = () =>
  useOrganizationMutation(({ id, ...body }: AppointmentChange & { id: number }) => api<Appointment>(`/appointments/${id}`, { method: 'PATCH', body }));

/** Who may be in charge of a unit: the district government's vice district heads today, as for a conference's major matter (A15.3). */
export function useChargeLeaders() {
  const units = useUnits(false);
  const gov = units.data?.items.find((u) => u.kind === 'district_gov');
  const detail = useUnitDetail(gov?.id ?? 0);
  return {
    isPending: units.isPending || (gov !== undefined && detail.isPending),
    leaders: (detail.data?.current ?? []).filter((a) => CHARGE_LEADER_POSTS.includes(a.post)),
  };
}

export const useSetLeaderInCharge = () =>
  useOrganizationMutation(({ unitId, ...body }: LeaderInChargeChange & { unitId: number }) =>
    api<LeaderInCharge>(`/units/${unitId}/leader-in-charge`, { method: 'PUT', body }),
  );

export const useEndLeaderInCharge = () =>
  useOrganizationMutation(({ unitId, to }: { unitId: number; to?: string }) =>
    api<LeaderInCharge>(`/units/${unitId}/leader-in-charge`, { method: 'DELETE', body: to ? { to } : undefined }),
  );
