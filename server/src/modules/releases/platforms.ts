/** A11: the platforms releases go out on are data, seeded with the five the measures name. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export const A11_PLATFORMS = [
  { name: '武隆区人民政府门户网站', kind: 'website', url: 'http://www.cqwulong.gov.cn' },
  { name: '武隆网', kind: 'website', url: null },
  { name: '“武隆微发布”公众号', kind: 'wechat', url: null },
  { name: '武隆印象 APP', kind: 'app', url: null },
  { name: '区新闻发布中心', kind: 'venue', url: null },
];

export async function seedPlatforms(db: Kysely<Database>): Promise<void> {
  const any = await db.selectFrom('platforms').select('id').limit(1).executeTakeFirst();
  if (any) return;
  await db
    .insertInto('platforms')
    .values(A11_PLATFORMS.map((p, i) => ({ ...p, sort_order: i })))
    .execute();
}
