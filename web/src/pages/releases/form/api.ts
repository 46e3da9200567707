import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Journalist, Release, ReleaseInput } from '../../../api/release-types';
import { releaseKey } from '../../../components/releases/api';


/** Creates (`id` undefined) or replaces a release, then the register, the dashboard and the release are read again. */
export function useSaveRelease(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReleaseInput) =>
      id === undefined ? api<Release>('/releases', { method: 'POST', body }) : api<Release>(`/releases/${id}`, { method: 'PUT', body }),
    onSuccess: async (release) => {
      queryClient.setQueryData(releaseKey(release.id), release);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['releases'] }),
        queryClient.invalidateQueries({ queryKey: ['quotas'] }),
      ]);
    },
  });
}

/** The journalists of one outlet, to invite with it. */
export function useJournalists(outletId: number | undefined) {
  return useQuery({
    queryKey: ['media', 'journalists', outletId],
    queryFn: () => api<{ items: Journalist[] }>('/media/journalists', { query: { outletId } }),
    enabled: outletId !== undefined,
  });
}
