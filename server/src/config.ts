import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: '应为 1 或 0' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number({ error: '应为端口号' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '应以 postgres:// 开头；不设置则使用内置 SQLite')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: z.string().optional(),
  DEMO: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key of the audit chain (HMAC-SM3); kept outside the database. Generated into DATA_DIR when absent. */
  AUDIT_KEY: z.string().min(32, '至少 32 个字符').optional(),
  /** Minutes between anchors of the audit chain's head in DATA_DIR/audit/anchors.log; 0 turns them off. */
  AUDIT_ANCHOR_MINUTES: z.coerce.number({ error: '应为分钟数' }).int().min(0).max(1440).default(10),
  /** Set behind an HTTPS proxy so cookies are Secure. */
  TRUST_PROXY: flag.default(false),
  JOBS: flag.default(true),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
  adminPassword: string | undefined;
  demo: boolean;
  logLevel: string;
  auditKey: string | undefined;
  /** Minutes between anchors of the audit chain's head (10 when absent; 0: none). Taken where jobs run. */
  auditAnchorMinutes?: number;
  trustProxy: boolean;
  /** Poll the durable jobs table (timers, reminders). Off in most tests, which run jobs by hand. */
  jobs: boolean;
  /** Login attempts per client address per minute. */
  loginRateLimitPerMinute: number;
  /** The clock every service reads; tests inject their own. */
  now: () => Date;
  /** Comment lines on open event streams, so proxies keep them open (≤ 25 s). */
  heartbeatMs: number;
  /** Built console (web/dist); absent in API-only tests. */
  consoleDir?: string;
}

export class ConfigError extends Error {}

/** Parse the environment once; a bad value stops start-up with one clear line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`配置错误：${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'fabutong.sqlite') },
    adminPassword: e.ADMIN_PASSWORD,
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    auditKey: e.AUDIT_KEY,
    auditAnchorMinutes: e.AUDIT_ANCHOR_MINUTES,
    trustProxy: e.TRUST_PROXY,
    jobs: e.JOBS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT,
    now: () => new Date(),
    heartbeatMs: 20_000,
  };
}
