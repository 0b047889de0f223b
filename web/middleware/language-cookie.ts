// The language of a visitor who is not signed in lives in a cookie, not a session (an anonymous page
// view writes no session row). `da`/`en` is a choice made on the login page — it becomes the person's
// language when they sign in; `da.kept`/`en.kept` only carries the language of someone who signed out.
import type { Request, Response } from 'express';
import { isLocale } from '../../i18n/index.js';
import type { Locale } from '../../domain/types.js';
import { cookieOptions, readCookie } from './cookies.js';

const NAME = 'sd.lang';
const YEAR_MS = 365 * 86_400_000;

export function languageCookie(req: Request): { locale: Locale; chosen: boolean } | null {
  const [locale, kept] = (readCookie(req, NAME) ?? '').split('.');
  return isLocale(locale) ? { locale, chosen: kept !== 'kept' } : null;
}

export function setLanguageCookie(req: Request, res: Response, secure: boolean | 'auto', locale: Locale, chosen: boolean): void {
  res.cookie(NAME, chosen ? locale : `${locale}.kept`, cookieOptions(req, secure, { maxAge: YEAR_MS }));
}
