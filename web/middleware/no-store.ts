// Pages of a signed-in person are never kept by the browser or a proxy (Cache-Control: no-store), so
// "back" after logging out, or a shared computer's cache, shows nothing of theirs.
import type { NextFunction, Request, Response } from 'express';

export function noStoreWhenSignedIn(req: Request, res: Response, next: NextFunction): void {
  if (req.person || req.session?.pendingSignIn) res.set('Cache-Control', 'no-store');
  next();
}
