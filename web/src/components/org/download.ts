/** Saves a file the API serves (a Word or Excel document), keeping a refusal in Chinese instead of opening a page of JSON. */
import { ApiError } from '../../api/client';
import type { Problem } from '../../api/types';
import { t } from '../../locales';

function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: the fallback will do.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { type: 'about:blank', title: t('api.failedTitle'), status: 0, detail: t('api.offline') });
  }
  if (!response.ok) {
    const problem = /json/.test(response.headers.get('content-type') ?? '')
      ? ((await response.json().catch(() => null)) as Problem | null)
      : null;
    throw new ApiError(response.status, problem ?? { type: 'about:blank', title: t('api.failedTitle'), status: response.status, detail: t('api.failed', { status: response.status }) });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
