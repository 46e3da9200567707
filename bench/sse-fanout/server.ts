/** Child process: the real app with a public incident and reviewed updates to publish (one to warm up, then the measured ones); prints what the orchestrator needs. */
import { startIncidentServer } from '../incident-page/setup';

const server = await startIncidentServer({ published: 1, drafts: 1 + Number(process.env.PUBLISHES ?? 10) });
const path = `/incidents/${server.incidentId}`;
// Warm the page cache, as a live incident page would be.
await fetch(`http://127.0.0.1:${server.port}${path}`);
process.stdout.write(`${JSON.stringify({ port: server.port, events: `${path}/events`, cookie: server.cookie, drafts: server.drafts })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
