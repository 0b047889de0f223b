// One log line per request at info: method, path, status, milliseconds and bytes sent — no headers
// (they are most of what a request logger writes, and nothing an operator reads per request) and no
// query string (it may carry personal data, such as what was searched for). The health probe and
// static files are not logged. A request whose client went away before the answer is logged as aborted.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const quiet = (url: string) => url === '/healthz' || url.startsWith('/static/');

export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (quiet(req.url) || !log.isLevelEnabled('info')) return next();
    const started = performance.now();
    const line = (msg: string) => {
      const query = req.originalUrl.indexOf('?');
      log.info(
        {
          method: req.method,
          path: query < 0 ? req.originalUrl : req.originalUrl.slice(0, query),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
          bytes: Number(res.getHeader('content-length') ?? 0) || undefined,
        },
        msg,
      );
    };
    res.once('finish', () => line('request'));
    res.once('close', () => res.writableFinished || line('request aborted'));
    next();
  };
}
