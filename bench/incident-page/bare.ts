/**
 * Child process: the baseline, a bare Fastify route returning the same bytes as the incident
 * page — the same body and the same headers (the site's security headers included).
 */
import fs from 'node:fs';
import Fastify from 'fastify';

const body = fs.readFileSync(process.env.BODY_FILE!);
const headers = JSON.parse(process.env.HEADERS!) as Record<string, string>;
const app = Fastify({ logger: false });
app.get('/page', async (_request, reply) => {
  reply.headers(headers);
  return body;
});
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ port: (app.server.address() as { port: number }).port, path: '/page' })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
