/** Turning a refusal into what the user reads: the detail, the article it rests on, and the fields it names. */
import type { FormInstance } from 'antd';
import { t } from '../locales';
import { ApiError } from './client';
import type { Problem } from './types';

function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { type: 'about:blank', title: t('api.failedTitle'), status: 0, detail: t('api.unexpected') };
}

/** `detail`, then "依据：{article}" when the refusal cites an article. */
export function problemText(error: unknown): string {
  const { detail, article } = problemOf(error);
  return article ? `${detail}（${t('problem.basis', { article })}）` : detail;
}

/** Puts the problem's `errors[]` on the form's fields: the path `grants.0.unitId` names the field `['grants', 0, 'unitId']`. */
export function setFieldErrors<Values>(form: FormInstance<Values>, error: unknown): void {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of problemOf(error).errors ?? []) byPath.set(path, [...(byPath.get(path) ?? []), message]);
  const fields = [...byPath].map(([path, errors]) => ({
    name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors,
  }));
  // The server names the fields, so their names cannot be checked against the form's type.
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
}
