// Adds `Server-Timing: app;dur=<ms>` to every response: the time the server spent on the request,
// visible in the browser's dev tools and read by scripts/bench/pages.ts.
import type { NextFunction, Request, Response } from 'express';

export function serverTiming(_req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader('Server-Timing', `app;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(2)}`);
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as typeof res.writeHead;
  next();
}
