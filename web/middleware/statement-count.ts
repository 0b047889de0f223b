// The SQL statements of one request, made visible only when the environment asks for it:
// STATEMENT_COUNT=on adds `X-Statement-Count: <n>` to every response (the statement-budget test);
// STATEMENT_LOG=<file> appends one JSON line with the text and values of every statement of each
// request that carries `X-Statement-Log: <label>` (the benchmark replays a page's own SQL from it).
import { appendFile } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import { countStatements, newTally } from '../../platform/statement-count.js';

export function statementCounter(opts: { header: boolean; logFile?: string }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const label = opts.logFile ? req.get('x-statement-log') : undefined;
    if (!opts.header && !label) return next();
    const tally = newTally(Boolean(label));
    if (opts.header) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: Response, ...args: unknown[]) {
        if (!this.headersSent) this.setHeader('X-Statement-Count', String(tally.count));
        return (writeHead as (...a: unknown[]) => Response).apply(this, args);
      } as typeof res.writeHead;
    }
    if (label && opts.logFile) {
      const file = opts.logFile;
      res.once('finish', () => {
        const line = JSON.stringify({
          label,
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          count: tally.count,
          statements: tally.statements,
        });
        appendFile(file, `${line}\n`, () => {});
      });
    }
    countStatements(tally, next);
  };
}
