// Security headers (helmet). Over HTTPS the browser is also told to stay on HTTPS (HSTS) and to
// upgrade insecure requests; with COOKIE_SECURE=auto that is decided per request, so the same
// replica serves plain HTTP behind a local proxy and HTTPS behind a TLS-terminating one.
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

const headers = (https: boolean) =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        // helmet's default style-src also allows any https: stylesheet; the desk's own are enough.
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  });

export function securityHeaders(cookieSecure: boolean | 'auto') {
  const https = headers(true);
  const plain = headers(false);
  if (cookieSecure !== 'auto') return cookieSecure ? https : plain;
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? https : plain)(req, res, next);
}
