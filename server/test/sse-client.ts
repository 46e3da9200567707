/** A minimal EventSource for tests: real HTTP, frames parsed as the browser does. */
import http from 'node:http';

export interface TestStream {
  events: { id: string; event: string; data: string }[];
  comments: number;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

export function openStream(url: string, headers: Record<string, string> = {}): Promise<TestStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      const stream: TestStream = {
        events: [],
        comments: 0,
        waitFor: (count, timeoutMs = 5000) =>
          new Promise((ok, fail) => {
            const started = Date.now();
            const check = () => {
              if (stream.events.length >= count) return ok();
              if (Date.now() - started > timeoutMs) return fail(new Error(`got ${stream.events.length} of ${count} events`));
              setTimeout(check, 10);
            };
            check();
          }),
        close: () => req.destroy(),
      };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) stream.comments++;
          const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
          if (fields.data !== undefined) stream.events.push({ id: fields.id ?? '', event: fields.event ?? 'message', data: fields.data });
        }
      });
      resolve(stream);
    });
    req.on('error', reject);
  });
}
