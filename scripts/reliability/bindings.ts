// Binds a route from the router to a real address: each parameter gets a fixture of company A's or
// B's side (a case, its file, a token), chosen by the parameter's name and where it sits in the path.
// A parameter the suite does not know gets a made-up value (the route's gates are still checked).
import { CASE_ACTIONS } from '../../domain/actions/index.js';
import type { RouteInfo } from './routes.js';
import type { Actor, Fixtures, Side } from './fixtures.js';

export interface Bound {
  route: RouteInfo;
  side: Side;
  path: string;
  /** The case the address points at, if any (for the visibility rules). */
  caseNumber: number | null;
  /** Whether that case is the side's quote case (a price approver may see it). */
  quoteCase: boolean;
  /** Whether the address points at something of a company (a case, its file, a token): the other company must not reach it. */
  companyBound: boolean;
  /** The address points at the suite's own company's invoice: no customer login belongs to that company. */
  noCustomer: boolean;
  /** Only this person (and desk managers) may act on what the address points at (an API token). */
  owner: Actor | null;
  /** Parameters bound to made-up values. */
  madeUp: string[];
  /** The address points at an article no customer may read (internal, or a draft): every customer must be refused. */
  deskOnly: boolean;
}

export const SHORT_ACTIONS = ['reply', 'acknowledge', 'accept-quote', 'close', 'no-such-action'];

/** Each side gets its spare tokens handed out in turn (a revoke route uses one up). */
const handedOut = new Map<Side, number>();

function caseFor(route: RouteInfo, f: Fixtures, side: Side): { number: number; quote: boolean } {
  const s = f[side];
  // A decision posted by a page is sent to the withdrawn case: every decision is refused there, so nothing changes.
  if (route.method === 'POST' && !route.path.startsWith('/api/')) return { number: s.closed, quote: false };
  return { number: s.plain, quote: false };
}

/** Every address the route is checked at: one per side (and per action for decision routes). */
export function bind(route: RouteInfo, f: Fixtures, actions: readonly string[] = [...CASE_ACTIONS, 'no-such-action']): Bound[] {
  const out: Bound[] = [];
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const sides: Side[] = names.length ? ['A', 'B'] : ['A'];
  const variants = names.includes('action') ? actions : [null];
  // An article's address is also checked for the desk's own articles: a published internal one and a draft.
  const articleRoute = /\/articles\/:id(\/|$)/.test(route.path);
  const articleVariants: ('company' | 'internal' | 'draft')[] = articleRoute ? ['company', 'internal', 'draft'] : ['company'];
  for (const side of sides) {
    for (const action of variants) {
      for (const which of articleVariants) {
        if (which !== 'company' && side === 'B') continue;
        let caseNumber: number | null = null;
        let quoteCase = false;
        let companyBound = false;
        let owner: Actor | null = null;
        let noCustomer = false;
        const deskOnly = which !== 'company';
        const madeUp: string[] = [];
        const path = route.path.replace(/:(\w+)/g, (_m, name: string, offset: number) => {
          const before = route.path.slice(0, offset);
          switch (true) {
            case name === 'number': {
              const c = caseFor(route, f, side);
              caseNumber = c.number;
              quoteCase = c.quote;
              companyBound = true;
              return String(c.number);
            }
            case name === 'action':
              return action!;
            case name === 'type':
              return 'support';
            case name === 'token':
              return 'not-a-real-link-0123456789';
            case name === 'personId':
              return String(f.people[side === 'A' ? 0 : 1]);
            case name === 'id' && /\/attachments\/$/.test(before):
              companyBound = true;
              return String(f[side].attachment);
            case name === 'id' && /tokens\/$/.test(before): {
              companyBound = true;
              owner = side === 'A' ? 'contactA' : 'contactB';
              const i = handedOut.get(side) ?? 0;
              handedOut.set(side, i + 1);
              return String(f[side].spareTokens[i % f[side].spareTokens.length]);
            }
            case name === 'id' && /\/admin\/companies\/$/.test(before):
              return before === '/admin/companies/' && !route.path.includes('/people/') ? f[side].company : f.company;
            case (name === 'file' || name === 'invoice') && /invoices\/$/.test(before) && f.invoice !== null:
              noCustomer = true;
              return name === 'file' ? `${f.invoice}.pdf` : String(f.invoice);
            case name === 'slug':
              return f.company;
            case name === 'month':
              return f.month;
            case name === 'id' && /rejected-intake\/$/.test(before) && f.rejection !== null:
              return String(f.rejection);
            case name === 'id' && /\/articles\/$/.test(before):
              companyBound = which === 'company';
              // A desk manager's publish is permitted (and done): state changes point at a draft of their own.
              if (which === 'draft' && route.method !== 'GET') return String(f.deskOnly.spareDraft);
              return String(which === 'company' ? f[side].article : f.deskOnly[which]);
            case name === 'imageId':
              return String(which === 'company' ? f[side].articleImage : f.deskOnly.image);
            case name === 'id' && /\/announcements\/$/.test(before):
              companyBound = true;
              return String(f[side].announcement);
            case name === 'id' && /\/canned-responses\/$/.test(before):
              owner = 'agent';
              return String(f.canned);
            default:
              madeUp.push(name);
              return '2147483000';
          }
        });
        out.push({ route, side, path, caseNumber, quoteCase, companyBound, noCustomer, owner, madeUp, deskOnly });
      }
    }
  }
  return out;
}
