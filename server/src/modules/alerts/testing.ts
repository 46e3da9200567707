/** Real protocol peers for the alert tests: an SMTP server and a group-robot HTTP server on loopback. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** An SMTP server that accepts everything (no TLS, no auth), unless `refuse` says no to a recipient. */
export async function startSmtpServer(refuse: (address: string) => boolean = () => false) {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) {
        const err = new Error('收件人邮箱不存在') as Error & { responseCode: number };
        err.responseCode = 550;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface RobotRequest {
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A robot endpoint: records each request and answers with what `answer` says (DingTalk/WeCom answer {errcode: 0}). */
export async function startRobot(answer: (request: RobotRequest, n: number) => { status: number; body: unknown } = () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } })) {
  const requests: RobotRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = { url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body };
      requests.push(request);
      const a = answer(request, requests.length);
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
