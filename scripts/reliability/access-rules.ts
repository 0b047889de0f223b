// Who may reach what, as general rules from SPEC §1 rather than a list per route: the area of a path
// says which roles it is for, a company's things are never reached by another company's people, and a
// price approver reaches a case only for its quote. An answer that breaks a rule is a leak.
import type { Answer } from './http.js';
import type { Actor } from './fixtures.js';
import type { Bound } from './bindings.js';

export type Outcome = 'o' | 'L' | 'F' | 'N' | string;

type Role = 'anonymous' | 'contact' | 'approver' | 'agent' | 'manager';
const ROLE: Record<Actor, Role> = {
  anonymous: 'anonymous',
  contactA: 'contact',
  approverA: 'approver',
  contactB: 'contact',
  approverB: 'approver',
  agent: 'agent',
  manager: 'manager',
};
const SIDE: Partial<Record<Actor, 'A' | 'B'>> = { contactA: 'A', approverA: 'A', contactB: 'B', approverB: 'B' };

/** Routes anyone may use, signed in or not. */
const PUBLIC = [
  /^GET \/healthz$/,
  /^GET \/favicon\.ico$/,
  /^GET \/static\//,
  /^GET \/api\/v1\/openapi\.json$/,
  /^POST \/api\/v1\/tokens$/,
  /^(GET|POST) \/login$/,
  // The second step of signing in and single sign-on: before anyone is signed in.
  /^(GET|POST) \/login\//,
  /^POST \/logout$/,
  /^POST \/language$/,
  /^(GET|POST) \/password\//,
];

/** The roles an area of the product is for (by path prefix); the rest of the product is for everyone signed in. */
const AREAS: [RegExp, Role[]][] = [
  [/^\/admin(\/|$)/, ['manager']],
  [/^\/desk(\/|$)/, ['agent', 'manager']],
  [/^\/dev\/mail(\/|$)/, ['agent', 'manager']],
  [/^\/portal(\/|$)/, ['contact', 'approver']],
  [/^\/api\/v1\/inbound-mail$/, ['agent', 'manager']],
  [/^\/api\/v1\/people\//, ['manager']],
  // The caller lookup and the satisfaction figures (issue 20's everyday tools) are the desk's.
  [/^\/api\/v1\/(contacts|satisfaction)$/, ['agent', 'manager']],
  [/^\/codec(\/|$)/, ['agent', 'manager']],
];

export const isPublic = (b: Bound) => PUBLIC.some((re) => re.test(`${b.route.method} ${b.route.path}`));

export function audience(path: string): Role[] {
  return AREAS.find(([re]) => re.test(path))?.[1] ?? ['contact', 'approver', 'agent', 'manager'];
}

/** o reached · L sent to sign in · F 403 · N 404 · anything else: its status. */
export function outcome(a: Answer): Outcome {
  if (a.failure) return a.failure;
  if (a.status === 401) return 'L';
  if (a.status === 403) return 'F';
  if (a.status === 404) return 'N';
  if (a.status >= 300 && a.status < 400) return /^\/login(?:[?#]|$)/.test(a.location ?? '') ? 'L' : 'o';
  if ((a.status >= 200 && a.status < 300) || a.status === 409 || a.status === 422) return 'o';
  return String(a.status);
}

/** Why this answer is a leak, or null. */
export function leak(b: Bound, actor: Actor, a: Answer, o: Outcome, markers: { A: string; B: string; desk?: string }): string | null {
  const role = ROLE[actor];
  const side = SIDE[actor];
  const foreign = side && side !== b.side ? b.side : null;
  const other = side === 'A' ? markers.B : side === 'B' ? markers.A : null;
  if (other && a.text.includes(other)) return `${actor} was shown the other company's case (its marker is in the answer)`;
  if (role === 'anonymous' && (a.text.includes(markers.A) || a.text.includes(markers.B))) return 'an anonymous visitor was shown a case';
  if (markers.desk && role !== 'agent' && role !== 'manager' && a.text.includes(markers.desk)) return `a ${role} was shown an internal article or a draft`;
  if (o !== 'o' || isPublic(b)) return null;
  if (role === 'anonymous') return 'reached without signing in';
  if (!audience(b.route.path).includes(role)) return `a ${role} reached an area that is not theirs`;
  if (b.owner && actor !== b.owner && role !== 'manager') return `a ${role} acted on ${b.owner}'s token`;
  if (b.noCustomer && (role === 'contact' || role === 'approver')) return `a ${role} reached another company's invoice`;
  if (foreign && b.companyBound) return `a ${role} of the other company reached company ${foreign}'s ${b.caseNumber ? `case #${b.caseNumber}` : 'item'}`;
  if (role === 'approver' && b.caseNumber !== null && !b.quoteCase) return `a price approver reached case #${b.caseNumber}, which has no quote`;
  if (b.deskOnly && role !== 'agent' && role !== 'manager') return `a ${role} reached an internal article or a draft`;
  return null;
}
