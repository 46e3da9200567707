import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { CoverageInput, Release } from '../../../api/release-types';
import { releaseKey } from '../../../components/releases/api';

/** Records one piece of coverage (A15.6); the server answers with the whole release. */
export function useAddCoverage(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CoverageInput) => api<Release>(`/releases/${id}/coverage`, { method: 'POST', body }),
    onSuccess: (release) => queryClient.setQueryData(releaseKey(id), release),
  });
}
