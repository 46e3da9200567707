/**
 * The authorization matrix: each module lists, beside its routes (`modules/<m>/matrix.ts`),
 * who may call each route. The matrix test walks every registered route × actor and fails on
 * any mismatch, and on any route nobody listed.
 */
import type { TestApp } from './helpers';

export const ACTORS = [
  'admin',
  'news_office',
  'leader',
  'auditor',
  'editor_own',
  'editor_other',
  'approver_own',
  'approver_other',
] as const;
export type ActorKey = (typeof ACTORS)[number];

export interface MatrixFixture {
  t: TestApp;
  at: string;
  units: { district: { id: number }; newsOffice: { id: number }; own: { id: number }; other: { id: number } };
  actors: Record<ActorKey, { user: { id: number; username: string }; cookie: string }>;
}

export interface MatrixRequest {
  url: string;
  payload?: unknown;
  /** A raw body (a multipart upload), sent instead of `payload`, with the headers it needs. */
  body?: Buffer;
  headers?: Record<string, string>;
}

export interface MatrixEntry {
  /** As registered, e.g. `PATCH /api/v1/users/:id`. */
  route: string;
  /** Builds the request one actor sends; may create the record it targets (in the `own` unit for unit-scoped routes). */
  request: (fx: MatrixFixture, actor: ActorKey | 'anonymous') => Promise<MatrixRequest> | MatrixRequest;
  /** Who is allowed: a list, every logged-in user, or everyone including the anonymous. */
  allow: readonly ActorKey[] | 'everyone' | 'public';
}
