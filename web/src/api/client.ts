/** The one way the console talks to the server: JSON over /api/v1 with the session cookie. */
import { t } from '../locales';
import type { Problem } from './types';

const BASE = '/api/v1';

/** A refusal or failure, carrying the server's problem+json body (Chinese `title`/`detail`, `rule`, `article`, `errors`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** A 401 here answers the request itself (a wrong password), rather than meaning the session is gone. */
  anonymous?: boolean;
  /** Polling the user did not ask for: it must not keep an idle session alive (等保 idle timeout). */
  background?: boolean;
}

let sessionLost: (problem: Problem) => void = () => {};

/** What the app does when the server says the session is gone (set once, at start-up). */
export function onSessionLost(handler: (problem: Problem) => void): void {
  sessionLost = handler;
}

export async function api<T>(path: string, { method = 'GET', body, query, anonymous = false, background = false }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(BASE + path + queryString(query), {
      method,
      credentials: 'same-origin',
      // Fastify refuses a JSON content type with an empty body, so it is sent only with one.
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(background ? { 'x-background': '1' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, localProblem(0, t('api.offline')));
  }
  if (response.ok) return (await response.json()) as T;
  const problem = await readProblem(response);
  if (response.status === 401 && !anonymous) sessionLost(problem);
  throw new ApiError(response.status, problem);
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readProblem(response: Response): Promise<Problem> {
  if (/json/.test(response.headers.get('content-type') ?? '')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // A proxy's broken body: fall through to a problem of our own.
    }
  }
  return localProblem(response.status, t('api.failed', { status: response.status }));
}

function localProblem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: t('api.failedTitle'), status, detail };
}

/**
 * Sends one file as multipart/form-data (field `file`) by XMLHttpRequest, which, unlike
 * fetch, reports upload progress: `percent` 0–100, then `sent` once the server is reading it.
 */
export function uploadFile<T>(path: string, file: File, onProgress: (percent: number, sent: boolean) => void = () => {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', BASE + path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)), false);
    };
    xhr.upload.onload = () => onProgress(100, true);
    xhr.onerror = () => reject(new ApiError(0, localProblem(0, t('api.offline'))));
    xhr.onload = () => {
      const body = xhr.response as unknown;
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const problem = body && typeof body === 'object' && 'detail' in body ? (body as Problem) : localProblem(xhr.status, t('api.failed', { status: xhr.status }));
      if (xhr.status === 401) sessionLost(problem);
      reject(new ApiError(xhr.status, problem));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
