/**
 * Child process: COUNT Server-Sent Events subscribers to URL. Reports (over IPC) when all are
 * connected, and for each event id the moment the last of its subscribers received it.
 */
import http from 'node:http';

const url = process.env.URL!;
const count = Number(process.env.COUNT);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const received = new Map<string, { n: number; last: number; bytes: number; data: string }>();
const send = (message: object) => process.send!(message);
let connected = 0;
let failed = 0;

function subscribe(): Promise<void> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        failed++;
        res.resume();
        return resolve();
      }
      connected++;
      resolve();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.includes('event: update')) continue;
          const id = /^id: (\d+)/m.exec(frame)?.[1];
          if (!id) continue;
          const at = Date.now();
          const data = /^data: (.*)$/m.exec(frame)?.[1] ?? '';
          const seen = received.get(id) ?? { n: 0, last: 0, bytes: Buffer.byteLength(frame), data };
          seen.n++;
          seen.last = Math.max(seen.last, at);
          received.set(id, seen);
          if (seen.n === connected) send({ type: 'event', id, last: seen.last, bytes: seen.bytes, data: seen.data });
        }
      });
    });
    req.on('error', () => {
      failed++;
      resolve();
    });
  });
}

// Connect in batches, so the server's accept queue is not flooded.
for (let i = 0; i < count; i += 250) {
  await Promise.all(Array.from({ length: Math.min(250, count - i) }, subscribe));
}
send({ type: 'connected', connected, failed });
process.on('disconnect', () => process.exit(0));
