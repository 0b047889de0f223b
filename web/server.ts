// Listens for HTTP on the configured port and closes cleanly. Every request has a deadline: its
// headers must arrive within 10 s and the whole request within 30 s (else 408), and an idle
// keep-alive connection is closed after 5 s — a slow or stalled client never holds a request open.
// What the HTTP parser itself refuses (too large headers, not HTTP) is answered in the product's shape.
import { createServer, type Server } from 'node:http';
import type { Services } from '../services/context.js';
import { initI18n } from '../i18n/index.js';
import { createApp } from './app.js';
import { auditTermsFile } from '../services/audit/terms.js';
import { answerClientErrors } from './client-errors.js';

/** Node's server deadlines (ms); the checking interval makes them fire on time, not up to 30 s late. */
export const HTTP_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 } as const;

export interface RunningWeb {
  url: string;
  close(): Promise<void>;
}

export async function startWeb(s: Services, opts: { port: number; host: string; sessionSecret: string }): Promise<RunningWeb> {
  await initI18n();
  await auditTermsFile(s).catch((err: Error) => s.log.warn({ err }, 'could not compare the terms with the audit log'));
  const web = createApp(s, { sessionSecret: opts.sessionSecret });
  const server: Server = createServer({ ...HTTP_TIMEOUTS }, web.app);
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await web.close();
    },
  };
}
