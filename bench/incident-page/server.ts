/** Child process: the real app with a public incident page; prints `{port, path}` and serves until told to stop. */
import { startIncidentServer } from './setup';

const server = await startIncidentServer({ published: 6, drafts: 0 });
process.stdout.write(`${JSON.stringify({ port: server.port, path: `/incidents/${server.incidentId}` })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
