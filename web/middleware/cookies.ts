// Reading one cookie from the request, and the attributes every cookie of the product shares
// (HttpOnly, SameSite=Lax, Secure as COOKIE_SECURE says — per request when it is `auto`).
import type { CookieOptions, Request } from 'express';

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export const cookieOptions = (req: Request, secure: boolean | 'auto', extra: CookieOptions = {}): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: secure === 'auto' ? req.secure : secure,
  path: '/',
  ...extra,
});
