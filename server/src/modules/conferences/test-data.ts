/** Conferences and the people around them, for the conference tests and the authorization matrix. */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { appoint, createPerson } from '../../../test/factories';

type Db = Kysely<Database>;

/** The first bytes that make a file a .docx, a .pdf or a .png as far as the upload check goes. */
export const FILES = {
  docx: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml 发布文稿')]),
  pdf: Buffer.from('%PDF-1.7\n发布文稿\n%%EOF'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
};

export interface ConferenceWorld {
  principal: { id: number; name: string };
  spokesperson: { id: number; name: string };
  director: { id: number; name: string };
  venueId: number;
}

/** The applying unit's principal and spokesperson, and the news office director: who A15.4 and A13.7 need. */
export async function conferenceWorld(db: Db, at: string, units: { unitId: number; newsOfficeId: number }): Promise<ConferenceWorld> {
  const principal = await createPerson(db, at, { name: '刘镇长' });
  const spokesperson = await createPerson(db, at, { name: '王副镇长' });
  const director = await createPerson(db, at, { name: '周主任' });
  await appoint(db, at, { unitId: units.unitId, post: 'principal', personId: principal.id, from: '2024-01-01' });
  await appoint(db, at, { unitId: units.unitId, post: 'spokesperson', personId: spokesperson.id, from: '2024-01-01' });
  await appoint(db, at, { unitId: units.newsOfficeId, post: 'news_office_director', personId: director.id, from: '2024-01-01' });
  const venue = await db.selectFrom('venues').select('id').where('is_center', '=', 1).executeTakeFirstOrThrow();
  return { principal, spokesperson, director, venueId: venue.id };
}

export async function linkUser(db: Db, userId: number, personId: number) {
  await db.updateTable('users').set({ person_id: personId }).where('id', '=', userId).execute();
}

let slot = 0;
/**
 * A start time no other recent conference has: one hour apart, from 15 December 2026. The slots
 * go round every 10 days, so they stay in December 2026 however many tests ran before in this
 * process (test files share it); no one test comes near 240 conferences.
 */
export function freeSlot(): string {
  return new Date(Date.parse('2026-12-15T01:00:00.000Z') + (slot++ % 240) * 61 * 60_000).toISOString();
}

export interface ConferenceOverrides {
  unitId: number;
  world: ConferenceWorld;
  status?: string;
  startsAt?: string;
  approvalChain?: string[];
  approvalStep?: number;
  majorMatter?: boolean;
  title?: string;
  /** DATA_DIR: when given, the document files are written there too, so they can be downloaded. */
  dataDir?: string;
}

/** A complete application written straight to the database in the state asked for, with its documents and first text version. */
export async function insertConference(db: Db, at: string, o: ConferenceOverrides) {
  const startsAt = o.startsAt ?? freeSlot();
  const status = o.status ?? 'draft';
  const submitted = !['draft', 'unit_approval'].includes(status);
  const reviewed = ['content_approval', 'approved', 'announced', 'live', 'held', 'archived'].includes(status);
  const date = new Date(Date.parse(startsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  const row = await db
    .insertInto('conferences')
    .values({
      unit_id: o.unitId,
      title: o.title ?? '白马镇乡村旅游新闻发布会',
      in_name_of: 'news_office',
      kind: 'regular',
      emergency_reason: null,
      series_id: null,
      starts_at: startsAt,
      ends_at: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
      duration_minutes: 60,
      conference_date: date,
      venue_id: o.world.venueId,
      venue_reason: null,
      venue_meets_standard: 0,
      major_matter: o.majorMatter ? 1 : 0,
      charge_leader_person_id: null,
      categories: '["disclosure"]',
      guests: '[]',
      outlet_ids: '[]',
      summary: '介绍白马镇乡村旅游发展情况',
      release_text: '白马镇乡村旅游发展情况。\n今年接待游客100万人次。\n',
      risk_assessment: JSON.stringify({ topicReviewed: true, contentReviewed: true, formReviewed: true, riskLevel: 'low' }),
      status,
      approval_chain: JSON.stringify(o.approvalChain ?? ['unit']),
      approval_step: o.approvalStep ?? 0,
      submitted_at: submitted ? at : null,
      submission_date: submitted ? at.slice(0, 10) : null,
      review_due: submitted ? '2026-12-10' : null,
      review_passed_at: reviewed ? at : null,
      reviewer_name: reviewed ? '周敏' : null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('conference_participants')
    .values([
      { conference_id: row.id, person_id: o.world.principal.id, part: 'main_speaker' },
      { conference_id: row.id, person_id: o.world.director.id, part: 'host' },
    ])
    .execute();
  for (const kind of ['application_form', 'work_plan', 'release_text']) {
    const file = await db
      .insertInto('files')
      .values({ stored_name: `test-${row.id}-${kind}.pdf`, original_name: `${kind}.pdf`, mime: 'application/pdf', size: FILES.pdf.length, sha256: '0', uploaded_by: null, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (o.dataDir) {
      fs.mkdirSync(path.join(o.dataDir, 'uploads'), { recursive: true });
      fs.writeFileSync(path.join(o.dataDir, 'uploads', `test-${row.id}-${kind}.pdf`), FILES.pdf);
    }
    await db.insertInto('conference_documents').values({ conference_id: row.id, kind, version: 1, file_id: file.id, uploaded_by: null, created_at: at }).execute();
  }
  if (submitted) await db.insertInto('conference_text_versions').values({ conference_id: row.id, version: 1, text: row.release_text, created_by: null, created_at: at }).execute();
  return row;
}

/** The draft body the API takes, for the applying unit's principal speaking and the director hosting. */
export function draftBody(unitId: number, world: ConferenceWorld, over: Record<string, unknown> = {}) {
  return {
    unitId,
    title: '白马镇乡村旅游新闻发布会',
    inNameOf: 'news_office',
    startsAt: freeSlot(),
    durationMinutes: 60,
    venueId: world.venueId,
    participants: [
      { personId: world.principal.id, part: 'main_speaker' },
      { personId: world.director.id, part: 'host' },
    ],
    categories: ['disclosure'],
    releaseText: '白马镇乡村旅游发展情况。\n',
    riskAssessment: { topicReviewed: true, contentReviewed: true, formReviewed: true, riskLevel: 'low' },
    ...over,
  };
}
