// Builds the Express app: security headers, the JSON API (bearer tokens, no cookies), then the
// pages (sessions in PostgreSQL, CSRF on every state change), and the error pages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Services } from '../services/context.js';
import { sessions, saveSessionBeforeRedirect, sessionLifetime } from './middleware/session.js';
import { securityHeaders } from './middleware/security-headers.js';
import { formUploads, pageBodyFormat } from './middleware/body-format.js';
import { pageTextInput } from './middleware/text-input.js';
import { formOnce, newFormToken } from './middleware/form-once.js';
import { noStoreWhenSignedIn } from './middleware/no-store.js';
import { accountRoutes } from './account/routes.js';
import { csrfGuards } from './middleware/csrf.js';
import { enrolmentGate } from './auth/signed-in.js';
import { loadPerson } from './middleware/auth.js';
import { viewLocals } from './middleware/locals.js';
import { notFoundPage, pageErrors } from './middleware/errors.js';
import { healthz } from './health.js';
import { refuseWhileDatabaseDown } from './middleware/availability.js';
import { startHealthMonitor } from '../services/health-monitor.js';
import { serverTiming } from './middleware/server-timing.js';
import { requestLog } from './middleware/request-log.js';
import { statementCounter } from './middleware/statement-count.js';
import { apiRoutes } from './api/routes.js';
import { authRoutes } from './auth/routes.js';
import { portalRoutes } from './portal/routes.js';
import { deskRoutes } from './desk/routes.js';
import { adminRoutes } from './admin/routes.js';
import { caseLinkRoutes } from './cases/routes.js';
import { ratingLinkRoutes } from './cases/rating-links.js';
import { devMailRoutes } from './dev/mail.js';
import { codecRoutes } from './codec/routes.js';
import { devMailboxOn } from '../services/mail/dev-mailbox.js';
import { knowledgeImageRoutes } from './knowledge/images.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface WebApp {
  app: express.Express;
  close(): Promise<void>;
}

export function createApp(s: Services, opts: { sessionSecret: string }): WebApp {
  const app = express();
  app.disable('x-powered-by');
  // Which proxies' X-Forwarded-For/-Proto to believe (TRUST_PROXY; default none).
  app.set('trust proxy', s.env.TRUST_PROXY);
  app.set('view engine', 'ejs');
  app.set('views', path.join(here, 'views'));
  if (s.env.NODE_ENV === 'production') app.set('view cache', true);

  app.use(serverTiming);
  if (s.env.STATEMENT_COUNT || s.env.STATEMENT_LOG) app.use(statementCounter({ header: s.env.STATEMENT_COUNT, logFile: s.env.STATEMENT_LOG }));
  app.use(securityHeaders(s.env.COOKIE_SECURE));
  app.use(requestLog(s.log));
  const health = startHealthMonitor(s);
  app.get('/healthz', healthz(health));
  // Served before the session: a browser's favicon request must never carry (or reset) a session cookie.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.use('/static', express.static(path.join(here, 'public'), { maxAge: s.env.NODE_ENV === 'production' ? '1d' : 0 }));

  app.use(refuseWhileDatabaseDown(health));
  app.use('/api/v1', apiRoutes(s));

  const session = sessions(s, { secret: opts.sessionSecret, secure: s.env.COOKIE_SECURE });
  app.use(session.middleware);
  app.use(sessionLifetime(s.now));
  // The Temporal UI's codec endpoint: JSON, staff only, before the page forms' body rules and CSRF (web/codec/routes.ts).
  app.use('/codec', codecRoutes(s));
  app.use(saveSessionBeforeRedirect);
  const { csrfProtection, csrfToken } = csrfGuards(opts.sessionSecret, s.env.COOKIE_SECURE);
  // A body must be an HTML form in UTF-8 (else 415); it is parsed, checked for CSRF, and every text
  // in it is normalised and checked for control characters before any route sees it.
  app.use(pageBodyFormat);
  app.use(express.urlencoded({ extended: true, limit: '200kb', parameterLimit: 200 }));
  app.use(formUploads());
  app.use(csrfProtection);
  app.use(loadPerson(s));
  app.use(viewLocals(s.now));
  app.use(noStoreWhenSignedIn);
  app.use((req, res, next) => {
    res.locals.csrfToken = csrfToken(req, res);
    res.locals.formToken = newFormToken;
    next();
  });
  app.use(pageTextInput);
  app.use(formOnce(s));
  app.use(enrolmentGate);

  if (devMailboxOn(s)) {
    app.use((_req, res, next) => {
      res.locals.devMailbox = true;
      next();
    });
    app.use('/dev/mail', devMailRoutes(s));
  }
  app.use(authRoutes(s, { secret: opts.sessionSecret }));
  app.use('/account', accountRoutes(s));
  app.use(caseLinkRoutes(s));
  app.use('/knowledge', knowledgeImageRoutes(s));
  app.use(ratingLinkRoutes(s));
  app.use('/portal', portalRoutes(s));
  app.use('/desk', deskRoutes(s));
  app.use('/admin', adminRoutes(s));
  app.use(notFoundPage);
  app.use(pageErrors(s.log));

  return {
    app,
    close: async () => {
      await health.stop();
      await session.close();
    },
  };
}
