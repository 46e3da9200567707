import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ReleaseFilter, ReleasePage } from '../../../api/release-types';

export function useReleasePage(filter: ReleaseFilter) {
  return useQuery({
    queryKey: ['releases', 'page', filter],
    queryFn: () => api<ReleasePage>('/releases', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** The register as Excel, with the filters on screen (the server orders it by time). */
export function exportHref({ page: _page, pageSize: _pageSize, ...filter }: ReleaseFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value !== undefined) params.set(name, String(value));
  const query = params.toString();
  return `/api/v1/releases/export${query ? `?${query}` : ''}`;
}
