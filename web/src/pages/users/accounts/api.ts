import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { NewUser, PasswordReset, UserChange, UserList, UserView } from '../../../api/types';

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api<UserList>('/users') });
}

/** A change to an account, then the list read again. */
function useUserMutation<Input>(call: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }) });
}

export const useCreateUser = () => useUserMutation((body: NewUser) => api<UserView>('/users', { method: 'POST', body }));

export const useUpdateUser = () =>
  useUserMutation(({ id, ...body }: UserChange & { id: number }) => api<UserView>(`/users/${id}`, { method: 'PATCH', body }));

export const useResetPassword = () =>
  useUserMutation(({ id, ...body }: PasswordReset & { id: number }) => api(`/users/${id}/reset-password`, { method: 'POST', body }));

export const useUnlockUser = () => useUserMutation((id: number) => api<UserView>(`/users/${id}/unlock`, { method: 'POST' }));
