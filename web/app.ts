// Builds the Express app: security headers, the JSON API (bearer tokens, no cookies), then the
// pages (sessions in PostgreSQL, CSRF on every state change), and the error pages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import multer from 'multer';
import { pinoHttp } from 'pino-http';
import type { Services } from '../services/context.js';
import { ATTACHMENT_LIMITS } from '../domain/request-forms.js';
import { sessions, saveSessionBeforeRedirect } from './middleware/session.js';
import { csrfProtection, csrfToken } from './middleware/csrf.js';
import { loadPerson } from './middleware/auth.js';
import { viewLocals } from './middleware/locals.js';
import { notFoundPage, pageErrors } from './middleware/errors.js';
import { healthz } from './health.js';
import { serverTiming } from './middleware/server-timing.js';
import { statementCounter } from './middleware/statement-count.js';
import { apiRoutes } from './api/routes.js';
import { authRoutes } from './auth/routes.js';
import { portalRoutes } from './portal/routes.js';
import { deskRoutes } from './desk/routes.js';
import { adminRoutes } from './admin/routes.js';
import { caseLinkRoutes } from './cases/routes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface WebApp {
  app: express.Express;
  close(): Promise<void>;
}

export function createApp(s: Services, opts: { sessionSecret: string }): WebApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('view engine', 'ejs');
  app.set('views', path.join(here, 'views'));
  if (s.env.NODE_ENV === 'production') app.set('view cache', true);

  app.use(serverTiming);
  if (s.env.STATEMENT_COUNT || s.env.STATEMENT_LOG) app.use(statementCounter({ header: s.env.STATEMENT_COUNT, logFile: s.env.STATEMENT_LOG }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': s.env.COOKIE_SECURE ? [] : null },
      },
      strictTransportSecurity: s.env.COOKIE_SECURE,
    }),
  );
  app.use(
    pinoHttp({ logger: s.log, autoLogging: { ignore: (req) => req.url === '/healthz' || (req.url ?? '').startsWith('/static/') }, quietReqLogger: true }),
  );
  app.get('/healthz', healthz(s));
  // Served before the session: a browser's favicon request must never carry (or reset) a session cookie.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.use('/static', express.static(path.join(here, 'public'), { maxAge: s.env.NODE_ENV === 'production' ? '1d' : 0 }));

  app.use('/api/v1', apiRoutes(s));

  const session = sessions({ databaseUrl: s.db.url, secret: opts.sessionSecret, secure: s.env.COOKIE_SECURE });
  app.use(session.middleware);
  app.use(saveSessionBeforeRedirect);
  app.use(express.urlencoded({ extended: true, limit: '200kb', parameterLimit: 200 }));
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: 4 * ATTACHMENT_LIMITS.maxBytes, files: 4 * ATTACHMENT_LIMITS.maxFiles, fields: 100 },
  });
  app.use((req, res, next) => (req.is('multipart/form-data') ? upload.any()(req, res, next) : next()));
  app.use(csrfProtection);
  app.use(loadPerson(s));
  app.use(viewLocals);
  app.use((req, res, next) => {
    res.locals.csrfToken = csrfToken(req);
    next();
  });

  app.use(authRoutes(s));
  app.use(caseLinkRoutes(s));
  app.use('/portal', portalRoutes(s));
  app.use('/desk', deskRoutes(s));
  app.use('/admin', adminRoutes(s));
  app.use(notFoundPage);
  app.use(pageErrors(s.log));

  return { app, close: session.close };
}
