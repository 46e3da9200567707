/** The only file that listens: configuration, migration, first data, then serve until SIGTERM. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { prepareDatabase } from './db/migrate';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo/district';
import { loadAuditKey } from './modules/audit/trail';

async function main() {
  const config = loadConfig();
  config.consoleDir ??= path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
  const database = openDatabase(config.database);
  await prepareDatabase(database.kysely, config.now().toISOString(), database.schema);
  const auditKey = loadAuditKey(config.auditKey, config.dataDir);
  const { created } = await bootstrap(database.kysely, config, auditKey);
  const app = await buildApp({ config, database, auditKey });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, '正在停止服务');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, '停止服务时出错');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown}:${config.port}/`;
  const lines = [
    '',
    `发布通已启动：${url}`,
    `  门户网站   ${url}`,
    `  工作控制台 ${url}console/`,
    `  接口文档   ${url}api/v1/docs（OpenAPI：${url}api/v1/openapi.json）`,
    `  数据库     ${config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL'}`,
  ];
  if (config.demo) {
    lines.push('', `演示账户（密码均为 ${DEMO_PASSWORD}）${created === 'demo' ? '，演示数据已载入' : ''}：`);
    for (const login of DEMO_LOGINS) lines.push(`  ${login.username.padEnd(16)} ${login.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`启动失败：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
