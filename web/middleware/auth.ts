// Who is signed in, and the gates that say who may enter which part of the product.
import type { NextFunction, Request, Response } from 'express';
import type { Role, Locale } from '../../domain/types.js';
import type { Services } from '../../services/context.js';
import { forbidden } from '../../services/errors.js';
import { activePerson, type Person } from '../../services/people/people.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      person?: Person;
      locale: Locale;
    }
  }
}

/** Loads the signed-in person from the session; a deactivated person is signed out. */
export function loadPerson(s: Services) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const id = req.session?.personId;
    if (id) {
      const person = await activePerson(s, id);
      if (person) req.person = person;
      else delete req.session.personId;
    }
    next();
  };
}

/** Pages for signed-in people with one of `roles`; others go to the login page (or get 403). */
export function requireRole(...roles: Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.person) {
      if (req.method === 'GET') return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
      return res.status(401).render('errors/error', { status: 401, title: res.locals.t('errors.forbiddenTitle'), message: res.locals.t('errors.forbidden') });
    }
    if (!roles.includes(req.person.role)) return next(forbidden());
    next();
  };
}

/** Where a person lands after signing in. */
export function homeOf(person: Pick<Person, 'role'>): string {
  switch (person.role) {
    case 'agent':
    case 'manager':
      return '/desk';
    case 'approver':
      return '/portal/approvals';
    default:
      return '/portal';
  }
}
