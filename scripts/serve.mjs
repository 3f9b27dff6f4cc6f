// Serves the built app. Unlike `next start`, it decides where a request came from: Next.js keeps
// an X-Forwarded-For header that a client sends itself, so any client could pick the address the
// sign-in limits and the audit log record. Here the header is replaced by the connection's own
// address, unless TRUST_PROXY=true says a reverse proxy in front of the service sets it.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? '');

const app = next({ dev: false, dir: root, port, hostname: 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  // The service reads the last address in the header: the one the nearest trusted hop saw.
  req.headers['x-forwarded-for'] = trustProxy && typeof forwarded === 'string' && forwarded.trim() ? forwarded : peer;
  void handle(req, res);
});
// Every interface, as `next start` does (HOSTNAME is not read: containers set it to their own id).
server.listen(port, () => {
  console.log(`Review case files is ready on http://localhost:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
