import type { Kysely } from 'kysely';

/** The quota engine reads a year of releases with their participants, and checks whether anything changed. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('releases_updated').on('releases').column('updated_at').execute();
  await db.schema.createIndex('release_participants_covering').on('release_participants').columns(['release_id', 'person_id', 'part']).execute();
}
