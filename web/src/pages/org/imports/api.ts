/** The organization import: the template, and the two uploads (preview, import) with their progress. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '../../../api/client';
import type { ImportReport, ImportResult } from '../../../api/org-types';
import { downloadFile } from '../../../components/org/download';
import { invalidateOrganization } from '../units/api';

/** The server's limit (@fastify/multipart in app.ts); checked here first so a large file is not sent for nothing. */
export const MAX_UPLOAD_MB = 20;

export interface UploadProgress {
  /** 0–100 while the file is being sent. */
  percent: number;
  /** The file is sent; the server is reading it. */
  sent: boolean;
}

const upload = <T>(path: string, file: File, onProgress: (progress: UploadProgress) => void) =>
  uploadFile<T>(path, file, (percent, sent) => onProgress({ percent, sent }));

export const downloadTemplate = () => downloadFile('/imports/organization/template', 'organization-import-template.xlsx');

export function usePreviewImport(onProgress: (progress: UploadProgress) => void) {
  return useMutation({ mutationFn: (file: File) => upload<ImportReport>('/imports/organization/preview', file, onProgress) });
}

export function useImport(onProgress: (progress: UploadProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload<ImportResult>('/imports/organization', file, onProgress),
    onSuccess: () => invalidateOrganization(queryClient),
  });
}
