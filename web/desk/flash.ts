// Redirect after a POST with a message for the next page (the session is saved before the 302
// goes out: see saveSessionBeforeRedirect in web/middleware/session.ts).
import type { Request, Response } from 'express';

export function redirectWithFlash(req: Request, res: Response, flash: { kind: 'ok' | 'error'; text: string }, to: string): void {
  req.session.flash = flash;
  res.redirect(to);
}
