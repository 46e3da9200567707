import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Appointment, AppointmentChange, NewAppointment, NewPerson, Person, Unit, UnitDetail } from '../../../api/org-types';
import { invalidateOrganization, UNITS_KEY, useOrganizationMutation } from '../units/api';

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
