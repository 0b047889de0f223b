// What the help centre keeps in a contact's session: the suggestions they opened while writing a
// request, so filing it anyway afterwards is recorded against those articles.
import type { Request } from 'express';

declare module 'express-session' {
  interface SessionData {
    openedSuggestions?: number[];
  }
}

export function rememberOpened(req: Request, article: number): void {
  const opened = new Set(req.session.openedSuggestions ?? []);
  opened.add(article);
  req.session.openedSuggestions = [...opened].slice(-10);
}

/** The suggestions opened since the last request was filed (and forgets them). */
export function takeOpened(req: Request): number[] {
  const opened = req.session.openedSuggestions ?? [];
  delete req.session.openedSuggestions;
  return opened;
}
