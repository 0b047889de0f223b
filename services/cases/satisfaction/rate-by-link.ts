// Rating from the mail (SPEC §9): the signed link names the case, the contact and the score. Opening it
// only reads (what the confirm page shows); the page's form takes the rating as that contact — the same
// `rate` decision as the case page and the API, so it is given once. A link whose signature does not
// hold, or whose contact may no longer act on the case, is "not found".
import type { Person } from '../../../db/models/person.js';
import type { Rating } from '../../../domain/case-states.js';
import { rateable } from '../../../domain/case-states.js';
import type { CaseView } from '../../../workflows/messages.js';
import type { Services } from '../../context.js';
import { notFound } from '../../errors.js';
import { findVisibleCase } from '../access.js';
import { actOnCase } from '../actions.js';
import { isSignedRatingLink, type RatingLink } from './rating-links.js';

export interface RatingLinkTarget {
  link: RatingLink;
  title: string;
  person: Person;
  /** The rating already given on the case (by anyone), if any. */
  rated: Rating | null;
  /** Whether the case can be rated now. */
  open: boolean;
}

/** Reads a link from its parts as they came in the address. */
export function ratingLinkOf(number: unknown, score: unknown, person: unknown): RatingLink {
  const n = Number(number);
  const sc = Number(score);
  const p = Number(person);
  const whole = (v: number, max: number) => Number.isSafeInteger(v) && v >= 1 && v <= max;
  if (!whole(n, 2_147_483_647) || !whole(sc, 5) || !whole(p, 2_147_483_647)) throw notFound();
  return { caseNumber: n, score: sc, personId: p };
}

/** What the link's confirm page shows; nothing is changed. */
export async function openRatingLink(s: Services, link: RatingLink, signature: unknown): Promise<RatingLinkTarget> {
  if (typeof signature !== 'string' || !(await isSignedRatingLink(s, link, signature))) throw notFound();
  const person = await s.db.models.Person.findByPk(link.personId);
  if (!person?.active || person.role !== 'contact') throw notFound();
  const record = await findVisibleCase(s, person, link.caseNumber);
  const view = record.view;
  return { link, title: record.title, person, rated: view?.rating ?? null, open: !!view && rateable(view) };
}

/** Gives the link's rating (with the comment typed on the confirm page) as the link's contact. */
export async function rateByLink(s: Services, link: RatingLink, signature: unknown, comment: unknown): Promise<CaseView> {
  const target = await openRatingLink(s, link, signature);
  const input = { score: link.score, ...(typeof comment === 'string' && comment.trim() !== '' ? { comment } : {}) };
  const { view } = await actOnCase(s, target.person, link.caseNumber, 'rate', input);
  return view;
}
