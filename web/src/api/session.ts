import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from './client';
import type { Me, PasswordChange } from './types';

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: () => api<Me>('/auth/me'), staleTime: 60_000 });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api('/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      await navigate('/login', { replace: true });
      queryClient.clear();
    },
  });
}

export function changePassword(body: PasswordChange) {
  return api('/auth/password', { method: 'POST', body });
}
