/**
 * Child process: the baseline, a bare node:http Server-Sent Events server. GET /events
 * subscribes; POST /publish writes the posted body as one event to every subscriber.
 */
import http from 'node:http';

const subscribers = new Set<http.ServerResponse>();
let id = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write('retry: 3000\n\n');
    subscribers.add(res);
    req.on('close', () => subscribers.delete(res));
    return;
  }
  if (req.method === 'POST' && req.url === '/publish') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const frame = `id: ${++id}\nevent: update\ndata: ${body}\n\n`;
      for (const s of subscribers) s.write(frame);
      res.writeHead(204).end();
    });
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port, events: '/events' })}\n`);
});
process.on('SIGTERM', () => {
  for (const s of subscribers) s.end();
  server.close(() => process.exit(0));
});
