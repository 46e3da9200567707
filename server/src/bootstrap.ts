/**
 * What an empty database needs before anyone can log in: the demo district (DEMO=1), or the
 * first administrator `admin` with the password from ADMIN_PASSWORD (DEMO=0).
 */
import { passwordProblems } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import { ConfigError } from './config';
import type { Database } from './db/schema';
import { seedDemoDistrict } from './demo/seed';
import { hashPassword } from './modules/auth/passwords';
import { createAuditTrail } from './modules/audit/trail';

export interface BootstrapResult {
  created: 'demo' | 'admin' | 'nothing';
}

export async function bootstrap(db: Kysely<Database>, config: Config, auditKey: Buffer): Promise<BootstrapResult> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return { created: 'nothing' };
  const trail = createAuditTrail(auditKey);
  const at = config.now().toISOString();
  if (config.demo) {
    await seedDemoDistrict(db, trail, at, config.dataDir);
    return { created: 'demo' };
  }
  const password = config.adminPassword;
  if (!password) throw new ConfigError('配置错误：数据库中还没有账户，请用 ADMIN_PASSWORD 设置首个管理员 admin 的密码（或以 DEMO=1 载入演示数据）');
  const problems = passwordProblems(password, 'admin');
  if (problems.length > 0) throw new ConfigError(`配置错误：ADMIN_PASSWORD ${problems.join('；')}`);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({ username: 'admin', display_name: '系统管理员', person_id: null, password_hash: hash, password_changed_at: at, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('role_grants').values({ user_id: user.id, role: 'admin', unit_id: null }).execute();
    await trail.record(trx, { actorId: null, actorName: '系统初始化', ip: null }, { action: 'system.bootstrap_admin', entity: 'user', entityId: user.id }, at);
  });
  return { created: 'admin' };
}
