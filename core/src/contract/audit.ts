import { z } from 'zod';

export const AuditRecordView = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

export const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.string().nullable(),
  lastHash: z.string(),
  /** Anchors of the chain's head kept outside the database (DATA_DIR/audit/anchors.log) that were confirmed. */
  anchorsChecked: z.number().int(),
  /** The anchor naming the highest record: the chain may not end before it. */
  newestAnchor: z.object({ id: z.number().int(), hash: z.string(), at: z.string() }).nullable(),
  /** What weakens the verdict without refuting it, such as no anchor yet. */
  warnings: z.array(z.string()),
});
