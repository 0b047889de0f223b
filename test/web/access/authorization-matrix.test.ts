// The authorization matrix (SPEC §1): every route of the product × every kind of person — nobody
// signed in, a support contact of company A with and without the price-approval right, A's price
// approver, a contact and an approver of another company (B), an agent and a desk manager. Each
// cell is an HTTP request against the running product; the expected outcomes are written here from
// SPEC §1, not derived from the code. POSTs carry a valid CSRF token and an empty or deliberately
// incomplete body: they test the gate, not the business result (a 422, a 409 or a redirect back
// counts as reached). Another company's case, attachment or person is always 404, never 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../support/api-client.js';
import { closeTestDatabase } from '../../support/servers.js';
import type { PageResponse } from '../../support/page-client.js';
import {
  ACTORS,
  apiOutcome,
  createFixtures,
  freshPage,
  grid,
  openSessions,
  pageOutcome,
  parseExpectation,
  refusedByFlash,
  type ActorName,
  type Fixtures,
  type Outcome,
  type RowResult,
  type Session,
} from './authorization-matrix.support.js';

type Url = string | ((f: Fixtures) => string);
type Body = Record<string, string> | ((f: Fixtures) => Record<string, string>);

interface Row {
  /** GET/POST and the address with the fixture it points at in braces. */
  label: string;
  kind: 'page' | 'api';
  url: Url;
  body?: Body;
  /** Outcomes for: anonymous contactA contactA2 approverA contactB approverB agent manager. */
  expect: string;
  /** Run with a browser of its own (the request ends the session). */
  fresh?: boolean;
  /** How this route's answer reads, when the general rule does not fit. */
  outcome?: (res: PageResponse) => Outcome | string;
}

const page = (label: string, url: Url, expectation: string, more: Partial<Row> = {}): Row => ({ label, kind: 'page', url, expect: expectation, ...more });
const apiRow = (label: string, url: Url, expectation: string, body?: Body): Row => ({ label, kind: 'api', url, expect: expectation, body });
const uniqueEmail = () => `nobody-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@nowhere.test`;
/** An API body no action accepts (every action's input is a strict object): a permitted caller gets 422 and nothing changes. */
const PROBE = { matrixProbe: 'x' };

// Shorthands for the rows below, in the column order
//                                anon cA cA2 apA cB apB agent mgr
const EVERYONE = /*            */ 'o    o  o   o   o  o   o     o';
const SIGNED_IN = /*           */ 'L    o  o   o   o  o   o     o';
const STAFF_PAGE = /*          */ 'L    F  F   F   F  F   o     o';
const MANAGER_PAGE = /*        */ 'L    F  F   F   F  F   F     o';
const CONTACT_PAGE = /*        */ 'L    o  o   F   o  F   F     F';
const CUSTOMER_PAGE = /*       */ 'L    o  o   o   o  o   F     F';

const PUBLIC_ROUTES: Row[] = [
  page('GET /healthz', '/healthz', EVERYONE),
  page('GET /static/style.css', '/static/style.css', EVERYONE),
  page('GET /favicon.ico', '/favicon.ico', EVERYONE),
  page('GET /', '/', SIGNED_IN),
  page('GET /login', '/login', EVERYONE),
  page('POST /login (wrong password)', '/login', 'L L L L L L L L', { body: () => ({ email: uniqueEmail(), password: 'forkert-kode' }) }),
  page('POST /logout', '/logout', EVERYONE, { fresh: true, outcome: (res) => (res.status === 302 && res.location === '/login' ? 'o' : pageOutcome(res)) }),
  page('POST /language', '/language', EVERYONE, { body: { locale: 'xx', next: '/' } }),
  page('GET /password/forgot', '/password/forgot', EVERYONE),
  page('GET /account/tokens', '/account/tokens', SIGNED_IN),
  page('POST /account/tokens/{missing}/revoke', '/account/tokens/2147483000/revoke', 'L N N N N N N N'),
  page('POST /password/forgot', '/password/forgot', EVERYONE, { body: () => ({ email: uniqueEmail() }) }),
  page('GET /password/set/{bogus}', '/password/set/not-a-real-link', 'N N N N N N N N'),
  page('POST /password/set/{bogus}', '/password/set/not-a-real-link', 'N N N N N N N N', {
    body: { password: 'langt-nok-kodeord-1', confirm: 'langt-nok-kodeord-1' },
  }),
  // The second step of signing in needs a right password first (a sign-in under way), whoever asks.
  page('GET /login/second-factor', '/login/second-factor', 'L L L L L L L L'),
  page('POST /login/second-factor', '/login/second-factor', 'L L L L L L L L', { body: { code: '123456' } }),
  page('GET /login/passkey/options', '/login/passkey/options', 'L L L L L L L L'),
  page('POST /login/passkey', '/login/passkey', 'L L L L L L L L', { body: { credential: '{}' } }),
  // Single sign-on starts for anyone: to the provider, or back to the login page saying it cannot be reached (when no test runs it).
  page('GET /login/sso', '/login/sso', EVERYONE, {
    outcome: (res) => (res.status === 303 && /^(http:\/\/localhost:\d+\/|\/login\?sso=unreachable$)/.test(res.location ?? '') ? 'o' : pageOutcome(res)),
  }),
  page('GET /login/sso/callback (no sign-in under way)', '/login/sso/callback?code=x&state=y', 'L L L L L L L L'),
];

const ACCOUNT_ROUTES: Row[] = [
  page('GET /account/security', '/account/security', SIGNED_IN),
  page('POST /account/security/totp', '/account/security/totp', SIGNED_IN, { body: {} }),
  page('POST /account/security/totp/confirm (wrong code)', '/account/security/totp/confirm', SIGNED_IN, { body: { code: '000000' } }),
  page('POST /account/security/totp/remove', '/account/security/totp/remove', SIGNED_IN, { body: {} }),
  page('POST /account/security/recovery-codes', '/account/security/recovery-codes', SIGNED_IN, { body: {} }),
  page('GET /account/security/passkeys/options', '/account/security/passkeys/options', SIGNED_IN),
  page('POST /account/security/passkeys (not a credential)', '/account/security/passkeys', SIGNED_IN, { body: { credential: 'x', label: '' } }),
  page('POST /account/security/passkeys/{missing}/remove', '/account/security/passkeys/2147483000/remove', 'L N N N N N N N', { body: {} }),
  page('POST /account/security/devices/forget', '/account/security/devices/forget', SIGNED_IN, { body: {} }),
  page('GET /account/sessions', '/account/sessions', SIGNED_IN),
  page('POST /account/sessions/{bogus}/end', '/account/sessions/0123456789abcdef01234567/end', 'L N N N N N N N', { body: {} }),
  page('POST /account/sessions/end-others', '/account/sessions/end-others', SIGNED_IN, { body: {} }),
];

const CASE_LINK_ROUTES: Row[] = [
  page('GET /case/{plain}', (f) => `/case/${f.plain}`, 'L o o N N N o o'),
  page('GET /case/{quote}', (f) => `/case/${f.quote}`, 'L o o o N N o o'),
  page('GET /case/{bCase}', (f) => `/case/${f.bCase}`, 'L N N N o N o o'),
  page('GET /case/{missing}', (f) => `/case/${f.missing}`, 'L N N N N N N N'),
  // A rating link without its signature (SPEC §9) reaches nothing, signed in or not.
  page('GET /rate/{plain}/4 (unsigned)', (f) => `/rate/${f.plain}/4?p=1&sig=x`, 'N N N N N N N N'),
  page('POST /rate/{plain}/4 (unsigned)', (f) => `/rate/${f.plain}/4`, 'N N N N N N N N', { body: { p: '1', sig: 'x' } }),
  page('GET /case/{plain}/attachments/{plainAtt}', (f) => `/case/${f.plain}/attachments/${f.plainAtt}`, 'L o o N N N o o'),
  // Price approvers see the quote, not the case's files (SPEC §1 "nothing else").
  page('GET /case/{quote}/attachments/{quoteAtt}', (f) => `/case/${f.quote}/attachments/${f.quoteAtt}`, 'L o o N N N o o'),
  page('GET /case/{quote}/attachments/{plainAtt}', (f) => `/case/${f.quote}/attachments/${f.plainAtt}`, 'L N N N N N N N'),
  page('GET /case/{plain}/attachments/{internalAtt}', (f) => `/case/${f.plain}/attachments/${f.internalAtt}`, 'L N N N N N o o'),
  page('GET /case/{bCase}/attachments/{bAtt}', (f) => `/case/${f.bCase}/attachments/${f.bAtt}`, 'L N N N o N o o'),
  page('GET /case/{plain}/attachments/{bAtt}', (f) => `/case/${f.plain}/attachments/${f.bAtt}`, 'L N N N N N N N'),
];

const portalAction = (caseKey: 'plain' | 'quote' | 'closedQuote' | 'bCase', action: string, expectation: string) =>
  page(`POST /portal/cases/{${caseKey}}/actions/${action}`, (f) => `/portal/cases/${f[caseKey]}/actions/${action}`, expectation, { body: {} });

const PORTAL_ROUTES: Row[] = [
  page('GET /portal', '/portal', CUSTOMER_PAGE),
  page('GET /portal/closed', '/portal/closed', CONTACT_PAGE),
  page('GET /portal/approvals', '/portal/approvals', CUSTOMER_PAGE),
  // A company's invoices: its price approvers and the contacts holding the approval right (kontakt1 of A and of B); another company's is not found.
  page('GET /portal/invoices', '/portal/invoices', 'L o N o o o F F'),
  page('GET /portal/invoices/{invoice}', (f) => `/portal/invoices/${f.invoice}`, 'L o N o N N F F'),
  page('GET /portal/invoices/{invoice}.pdf', (f) => `/portal/invoices/${f.invoice}.pdf`, 'L o N o N N F F'),
  page('GET /portal/invoices/{invoice}.xml', (f) => `/portal/invoices/${f.invoice}.xml`, 'L o N o N N F F'),
  page('GET /portal/invoices/{missing}', '/portal/invoices/999999999', 'L N N N N N F F'),
  page('GET /portal/new', '/portal/new', CONTACT_PAGE),
  page('GET /portal/new/support', '/portal/new/support', CONTACT_PAGE),
  page('GET /portal/new/incident', '/portal/new/incident', CONTACT_PAGE),
  page('GET /portal/new/change_request', '/portal/new/change_request', CONTACT_PAGE),
  page('GET /portal/new/product_idea', '/portal/new/product_idea', CONTACT_PAGE),
  page('GET /portal/new/{bogus}', '/portal/new/bogus', 'L N N F N F F F'),
  // Price approvers cannot create requests.
  page('POST /portal/new/support (empty)', '/portal/new/support', CONTACT_PAGE, { body: {} }),
  page('POST /portal/new/change_request (empty)', '/portal/new/change_request', CONTACT_PAGE, { body: {} }),
  page('GET /portal/cases/{plain}', (f) => `/portal/cases/${f.plain}`, 'L o o N N N F F'),
  page('GET /portal/cases/{quote}', (f) => `/portal/cases/${f.quote}`, 'L o o o N N F F'),
  page('GET /portal/cases/{closedQuote}', (f) => `/portal/cases/${f.closedQuote}`, 'L o o o N N F F'),
  page('GET /portal/cases/{bCase}', (f) => `/portal/cases/${f.bCase}`, 'L N N N o N F F'),
  page('GET /portal/cases/{missing}', (f) => `/portal/cases/${f.missing}`, 'L N N N N N F F'),
  page('GET /portal/cases/{abc}', '/portal/cases/abc', 'L N N N N N F F'),
  // Answering and reopening: contacts only (an approver on a case they may see: 403; on one they may not: 404).
  portalAction('plain', 'reply', 'L o o N N N F F'),
  portalAction('quote', 'reply', 'L o o F N N F F'),
  portalAction('bCase', 'reply', 'L N N N o N F F'),
  portalAction('plain', 'reopen', 'L o o N N N F F'),
  portalAction('plain', 'rate', 'L o o N N N F F'),
  portalAction('plain', 'add-follower', 'L o o N N N F F'),
  portalAction('bCase', 'add-follower', 'L N N N o N F F'),
  // On the withdrawn case a permitted decision is refused as "closed" (409 → back with a message): nothing changes.
  portalAction('closedQuote', 'withdraw', 'L o o F N N F F'),
  portalAction('closedQuote', 'request-quote', 'L o o F N N F F'),
  // Prices: approvers and contacts holding the approval right (kontakt2 has none).
  portalAction('closedQuote', 'accept-quote', 'L o F o N N F F'),
  portalAction('closedQuote', 'reject-quote', 'L o F o N N F F'),
  portalAction('closedQuote', 'accept-training', 'L o F o N N F F'),
  portalAction('closedQuote', 'decline-training', 'L o F o N N F F'),
  portalAction('plain', 'accept-quote', 'L o F N N N F F'),
  // The desk's decisions are not the customer's.
  portalAction('plain', 'acknowledge', 'L F F N N N F F'),
  portalAction('quote', 'quote', 'L F F F N N F F'),
  portalAction('quote', 'release-quote', 'L F F F N N F F'),
  portalAction('plain', 'log-time', 'L F F N N N F F'),
  portalAction('plain', 'close', 'L F F N N N F F'),
  portalAction('plain', 'no-such-action', 'L N N N N N F F'),
  // The desk's recommendations as notices: each contact or approver dismisses their own.
  page('POST /portal/notices/{missing}/dismiss', '/portal/notices/2147483000/dismiss', 'L N N N N N F F', { body: {} }),
];

const DESK_ROUTES: Row[] = [
  page('GET /desk', '/desk', STAFF_PAGE),
  page('GET /desk?company=faktureret&status=all', '/desk?company=faktureret&status=all', STAFF_PAGE),
  page('GET /desk/intake', '/desk/intake', STAFF_PAGE),
  page('GET /desk/intake/support', '/desk/intake/support', STAFF_PAGE),
  page('GET /desk/intake/incident', '/desk/intake/incident', STAFF_PAGE),
  page('GET /desk/intake/{bogus}', '/desk/intake/bogus', 'L F F F F F N N'),
  page('POST /desk/intake/support (empty)', '/desk/intake/support', STAFF_PAGE, { body: {} }),
  page('GET /desk/cases/{plain}', (f) => `/desk/cases/${f.plain}`, STAFF_PAGE),
  page('GET /desk/cases/{quote}', (f) => `/desk/cases/${f.quote}`, STAFF_PAGE),
  page('GET /desk/cases/{bCase}', (f) => `/desk/cases/${f.bCase}`, STAFF_PAGE),
  page('GET /desk/cases/{missing}', (f) => `/desk/cases/${f.missing}`, 'L F F F F F N N'),
  page('POST /desk/cases/{plain}/actions/acknowledge', (f) => `/desk/cases/${f.plain}/actions/acknowledge`, STAFF_PAGE, { body: {} }),
  page('POST /desk/cases/{plain}/actions/log-time', (f) => `/desk/cases/${f.plain}/actions/log-time`, STAFF_PAGE, { body: {} }),
  page('POST /desk/cases/{quote}/actions/quote', (f) => `/desk/cases/${f.quote}/actions/quote`, STAFF_PAGE, { body: {} }),
  // Releasing a quote is the desk manager's (SPEC §1); on the withdrawn case the manager is told it is closed.
  page('POST /desk/cases/{closedQuote}/actions/release-quote', (f) => `/desk/cases/${f.closedQuote}/actions/release-quote`, 'L F F F F F R o', { body: {} }),
  page('POST /desk/cases/{missing}/actions/acknowledge', (f) => `/desk/cases/${f.missing}/actions/acknowledge`, 'L F F F F F N N', { body: {} }),
  page('POST /desk/cases/{plain}/messages (empty)', (f) => `/desk/cases/${f.plain}/messages`, STAFF_PAGE, { body: {} }),
  // The everyday tools: the caller lookup, saved views of the queue (each person's own), sorting.
  page('GET /desk/intake/contacts.json?q=kontakt', '/desk/intake/contacts.json?q=kontakt', STAFF_PAGE),
  page('GET /desk/intake/support?lookup=kontakt', '/desk/intake/support?lookup=kontakt', STAFF_PAGE),
  page('GET /desk?sort=-company', '/desk?sort=-company', STAFF_PAGE),
  page('POST /desk/views', '/desk/views', STAFF_PAGE, { body: { name: 'Matrix', query: 'sort=owner' } }),
  page('POST /desk/views/{missing}/delete', '/desk/views/2147483000/delete', 'L F F F F F N N', { body: {} }),
  // Support-contact competence and the desk's recommendations (SPEC §6).
  page('GET /desk/competence', '/desk/competence', STAFF_PAGE),
  page('GET /desk/companies/{company}/competence', (f) => `/desk/companies/${f.company}/competence`, STAFF_PAGE),
  page('GET /desk/companies/{no-such}/competence', '/desk/companies/no-such-company/competence', 'L F F F F F N N'),
  page('GET /desk/companies/{company}/contacts/{person}/competence', (f) => `/desk/companies/${f.company}/contacts/${f.person}/competence`, STAFF_PAGE),
  page('POST /desk/companies/{company}/recommendations (empty)', (f) => `/desk/companies/${f.company}/recommendations`, STAFF_PAGE, { body: {} }),
];

const ADMIN_ROUTES: Row[] = [
  page('GET /admin', '/admin', MANAGER_PAGE),
  page('GET /admin/sla', '/admin/sla', MANAGER_PAGE),
  page('GET /admin/billing', '/admin/billing', MANAGER_PAGE),
  page('GET /admin/dashboards/satisfaction', '/admin/dashboards/satisfaction', MANAGER_PAGE),
  page('GET /admin/dashboards/satisfaction-weeks.csv', '/admin/dashboards/satisfaction-weeks.csv', MANAGER_PAGE),
  page('GET /admin/billing?month={month}&company=faktureret', (f) => `/admin/billing?month=${f.month}&company=faktureret`, MANAGER_PAGE),
  page('GET /admin/billing.csv?month={month}', (f) => `/admin/billing.csv?month=${f.month}`, MANAGER_PAGE),
  page('POST /admin/billing/invoices (empty)', '/admin/billing/invoices', MANAGER_PAGE, { body: {} }),
  page('POST /admin/invoices/{invoice}/send', (f) => `/admin/invoices/${f.invoice}/send`, MANAGER_PAGE, { body: {} }),
  page('GET /admin/invoices/{invoice}.pdf', (f) => `/admin/invoices/${f.invoice}.pdf`, MANAGER_PAGE),
  page('GET /admin/invoices/{invoice}.xml', (f) => `/admin/invoices/${f.invoice}.xml`, MANAGER_PAGE),
  page('POST /admin/companies/{company}/billing (empty)', (f) => `/admin/companies/${f.company}/billing`, MANAGER_PAGE, { body: {} }),
  page('GET /admin/companies', '/admin/companies', MANAGER_PAGE),
  page('GET /admin/companies/new', '/admin/companies/new', MANAGER_PAGE),
  page('GET /admin/companies/faktureret', '/admin/companies/faktureret', MANAGER_PAGE),
  page('GET /admin/companies/{company}', (f) => `/admin/companies/${f.company}`, MANAGER_PAGE),
  page('GET /admin/companies/{no-such}', '/admin/companies/no-such-company', 'L F F F F F F N'),
  page('POST /admin/companies/new (empty)', '/admin/companies/new', MANAGER_PAGE, { body: {} }),
  page('POST /admin/companies/{company} (empty)', (f) => `/admin/companies/${f.company}`, MANAGER_PAGE, { body: {} }),
  page('POST /admin/companies/{company}/agreements (empty)', (f) => `/admin/companies/${f.company}/agreements`, MANAGER_PAGE, { body: {} }),
  page('POST /admin/companies/{company}/contacts (empty)', (f) => `/admin/companies/${f.company}/contacts`, MANAGER_PAGE, { body: {} }),
  page('POST /admin/companies/{company}/approvers (empty)', (f) => `/admin/companies/${f.company}/approvers`, MANAGER_PAGE, { body: {} }),
  page('POST …/{company}/people/{person}/approval', (f) => `/admin/companies/${f.company}/people/${f.person}/approval`, MANAGER_PAGE, {
    body: { canApprove: 'on' },
  }),
  page('POST …/{company}/people/{person2}/deactivate', (f) => `/admin/companies/${f.company}/people/${f.person2}/deactivate`, MANAGER_PAGE, { body: {} }),
  page('POST …/{company}/people/{person2}/reactivate', (f) => `/admin/companies/${f.company}/people/${f.person2}/reactivate`, MANAGER_PAGE, { body: {} }),
  page('POST …/{company}/people/{person}/invite', (f) => `/admin/companies/${f.company}/people/${f.person}/invite`, MANAGER_PAGE, { body: {} }),
  page('POST /admin/companies/{company}/sso (unchanged)', (f) => `/admin/companies/${f.company}/sso`, MANAGER_PAGE, { body: { domains: '' } }),
  // A person's sign-in (second factor, sessions, tokens): desk managers only.
  page('GET /admin/people/{person}/security', (f) => `/admin/people/${f.person}/security`, MANAGER_PAGE),
  page('GET /admin/people/{missing}/security', '/admin/people/999999999/security', 'L F F F F F F N'),
  page('POST /admin/people/{person}/second-factor/reset', (f) => `/admin/people/${f.person}/second-factor/reset`, MANAGER_PAGE, { body: {} }),
  page('POST /admin/people/{person}/sign-out', (f) => `/admin/people/${f.person}/sign-out`, MANAGER_PAGE, { body: {} }),
  // A person id under another company is not that company's person.
  page('POST …/faktureret/people/{person}/deactivate', (f) => `/admin/companies/faktureret/people/${f.person}/deactivate`, 'L F F F F F F N', { body: {} }),
  // Personal data (docs/personal-data.md): export and erase a company's person. The erase form without its confirmation is refused (422), so nobody is erased here.
  page('GET …/{company}/people/{person}/export', (f) => `/admin/companies/${f.company}/people/${f.person}/export`, MANAGER_PAGE),
  page('GET …/{company}/people/{person}/erase', (f) => `/admin/companies/${f.company}/people/${f.person}/erase`, MANAGER_PAGE),
  page('POST …/{company}/people/{person}/erase (unconfirmed)', (f) => `/admin/companies/${f.company}/people/${f.person}/erase`, MANAGER_PAGE, { body: {} }),
  page('GET …/faktureret/people/{person}/export', (f) => `/admin/companies/faktureret/people/${f.person}/export`, 'L F F F F F F N'),
  page('GET …/{company}/people/{missing}/erase', (f) => `/admin/companies/${f.company}/people/2147483000/erase`, 'L F F F F F F N'),
];

/** Who may take each decision on a case, from SPEC §1 (and §5 for who acts at each step). */
const STAFF_ACTIONS = [
  'acknowledge',
  'qualify',
  'split',
  'ask-customer',
  'offer-training',
  'reclassify',
  'mark-not-understood',
  'return-question',
  'rough-estimate',
  'quote',
  'log-time',
  'start-work',
  'resolve',
  'deliver',
  'decline',
  'backlog',
  'close',
];
const PRICE_ACTIONS = ['accept-quote', 'reject-quote', 'accept-training', 'decline-training'];
const ACTION_EXPECTATIONS: Record<string, string> = {
  ...Object.fromEntries(STAFF_ACTIONS.map((a) => [a, 'L F F F N N o o'])),
  'release-quote': 'L F F F N N F o',
  ...Object.fromEntries(PRICE_ACTIONS.map((a) => [a, 'L o F o N N F F'])),
  reply: 'L o o F N N F F',
  withdraw: 'L o o F N N F F',
  // The customer asks for a detailed quote; the desk may record that request for them (phone).
  'request-quote': 'L o o F N N o o',
  reopen: 'L o o F N N o o',
  // Satisfaction and followers (SPEC §9): the contacts rate; the contacts and the desk add and remove followers.
  rate: 'L o o F N N F F',
  'add-follower': 'L o o F N N o o',
  'remove-follower': 'L o o F N N o o',
  'no-such-action': 'L N N N N N N N',
};

const API_ROUTES: Row[] = [
  apiRow('GET /api/v1/openapi.json', '/openapi.json', EVERYONE),
  apiRow('POST /api/v1/tokens (incomplete)', '/tokens', EVERYONE, () => ({ email: uniqueEmail() })),
  apiRow('GET /api/v1/tokens', '/tokens', SIGNED_IN),
  apiRow('GET /api/v1/tokens?all=true', '/tokens?all=true', 'L F F F F F F o'),
  apiRow('DELETE /api/v1/tokens/{missing}', '/tokens/2147483000', 'L N N N N N N N'),
  apiRow('GET /api/v1/me', '/me', SIGNED_IN),
  // Setting up an authenticator app: anyone signed in, for themselves (a probe body: refused, nothing starts).
  apiRow('POST /api/v1/me/2fa/totp (probe)', '/me/2fa/totp', SIGNED_IN, PROBE),
  apiRow('POST /api/v1/me/2fa/totp/confirm (probe)', '/me/2fa/totp/confirm', SIGNED_IN, PROBE),
  apiRow('GET /api/v1/cases', '/cases', SIGNED_IN),
  apiRow('GET /api/v1/cases?company=faktureret', '/cases?company=faktureret', SIGNED_IN),
  apiRow('GET /api/v1/cases?sort=-received', '/cases?sort=-received', SIGNED_IN),
  // The caller lookup and the satisfaction figures are the desk's (SPEC §9).
  apiRow('GET /api/v1/contacts?q=kontakt', '/contacts?q=kontakt', 'L F F F F F o o'),
  apiRow('GET /api/v1/satisfaction', '/satisfaction', 'L F F F F F o o'),
  // Price approvers cannot create requests (403 before the body is looked at).
  apiRow('POST /api/v1/cases (probe)', '/cases', 'L o o F o F o o', PROBE),
  apiRow('GET /api/v1/cases/{plain}', (f) => `/cases/${f.plain}`, 'L o o N N N o o'),
  apiRow('GET /api/v1/cases/{quote}', (f) => `/cases/${f.quote}`, 'L o o o N N o o'),
  apiRow('GET /api/v1/cases/{closedQuote}', (f) => `/cases/${f.closedQuote}`, 'L o o o N N o o'),
  apiRow('GET /api/v1/cases/{bCase}', (f) => `/cases/${f.bCase}`, 'L N N N o N o o'),
  apiRow('GET /api/v1/cases/{missing}', (f) => `/cases/${f.missing}`, 'L N N N N N N N'),
  apiRow('GET /api/v1/cases/{abc}', '/cases/abc', 'L N N N N N N N'),
  // Every decision on the quote case (which A's approver may see), with a body no action accepts.
  ...Object.entries(ACTION_EXPECTATIONS).map(([action, expectation]) =>
    apiRow(`POST /api/v1/cases/{quote}/actions/${action}`, (f) => `/cases/${f.quote}/actions/${action}`, expectation, PROBE),
  ),
  // On a case without a quote the approver gets 404, and company B always does.
  apiRow('POST /api/v1/cases/{plain}/actions/accept-quote', (f) => `/cases/${f.plain}/actions/accept-quote`, 'L o F N N N F F', PROBE),
  apiRow('POST /api/v1/cases/{plain}/actions/reply', (f) => `/cases/${f.plain}/actions/reply`, 'L o o N N N F F', PROBE),
  apiRow('POST /api/v1/cases/{plain}/actions/acknowledge', (f) => `/cases/${f.plain}/actions/acknowledge`, 'L F F N N N o o', PROBE),
  apiRow('POST /api/v1/cases/{bCase}/actions/reply', (f) => `/cases/${f.bCase}/actions/reply`, 'L N N N o N F F', PROBE),
  apiRow('POST /api/v1/cases/{bCase}/actions/withdraw', (f) => `/cases/${f.bCase}/actions/withdraw`, 'L N N N o N F F', PROBE),
  apiRow('POST /api/v1/cases/{missing}/actions/reply', (f) => `/cases/${f.missing}/actions/reply`, 'L N N N N N N N', PROBE),
  // Only the desk's mail gateway (a staff token) hands over mail.
  apiRow('POST /api/v1/inbound-mail (probe)', '/inbound-mail', 'L F F F F F o o', PROBE),
  apiRow('GET /api/v1/companies/{company}/competence', (f) => `/companies/${f.company}/competence`, 'L F F F F F o o'),
  apiRow('GET /api/v1/companies/{no-such}/competence', '/companies/no-such-company/competence', 'L F F F F F N N'),
  // Invoices: desk managers make and read every company's; a company's approvers read their own (404 for anyone else).
  apiRow('POST /api/v1/billing/2001-02/invoices (not locked)', '/billing/2001-02/invoices', 'L F F F F F F o'),
  apiRow('GET /api/v1/invoices', '/invoices', 'L o F o o o F o'),
  apiRow('GET /api/v1/invoices/{invoice}.xml', (f) => `/invoices/${f.invoice}.xml`, 'L o N o N N N o'),
  apiRow('GET /api/v1/invoices/{invoice}.pdf', (f) => `/invoices/${f.invoice}.pdf`, 'L o N o N N N o'),
  apiRow('GET /api/v1/invoices/{missing}.xml', '/invoices/999999999.xml', 'L N N N N N N N'),
  apiRow('GET /api/v1/companies/faktureret/billing', '/companies/faktureret/billing', 'L F F F F F F o'),
  apiRow('PATCH /api/v1/companies/{company}/billing (probe)', (f) => `/companies/${f.company}/billing`, 'L F F F F F F o', PROBE),
  apiRow('GET /api/v1/people/{person}/export', (f) => `/people/${f.person}/export`, 'L F F F F F F o'),
  apiRow('GET /api/v1/people/{missing}/export', '/people/2147483000/export', 'L F F F F F F N'),
  apiRow('POST /api/v1/people/{person}/erase (probe)', (f) => `/people/${f.person}/erase`, 'L F F F F F F o', PROBE),
  apiRow('POST /api/v1/people/{missing}/erase (probe)', '/people/2147483000/erase', 'L F F F F F F N', PROBE),
  apiRow('GET /api/v1/{no-such-route}', '/no-such-route', 'N N N N N N N N'),
];

// The Temporal UI's codec endpoint: desk staff only. A page session posts a form here, which the endpoint
// refuses as not JSON (415) only after the person passed the gate — so 415 reads as reached.
const CODEC_ROUTES: Row[] = [
  page('POST /codec/decode', '/codec/decode', 'L F F F F F o o', { outcome: (res) => (res.status === 415 ? 'o' : pageOutcome(res)) }),
  page('POST /codec/encode', '/codec/encode', 'L F F F F F o o', { outcome: (res) => (res.status === 415 ? 'o' : pageOutcome(res)) }),
];

const MATRIX: [string, Row[]][] = [
  ['sign-in and public pages', PUBLIC_ROUTES],
  ['account: second factor and sessions', ACCOUNT_ROUTES],
  ['case links and attachments', CASE_LINK_ROUTES],
  ['portal', PORTAL_ROUTES],
  ['desk', DESK_ROUTES],
  ['admin', ADMIN_ROUTES],
  ['JSON API', API_ROUTES],
  ['codec endpoint', CODEC_ROUTES],
];

let session: Session;
let fx: Fixtures;
const results: RowResult[] = [];

beforeAll(async () => {
  session = await openSessions();
  fx = await createFixtures(session);
});

/** Open cases this file filed, with the contact who withdraws them at the end (so no other test finds them waiting on the desk). */
const toWithdraw: [number, ActorName][] = [];

afterAll(async () => {
  if (results.length) console.log(`\nAuthorization matrix (SPEC §1)\n\n${grid(results)}\n`);
  if (fx) toWithdraw.push([fx.plain, 'contactA'], [fx.quote, 'contactA'], [fx.bCase, 'contactB']);
  for (const [number, actor] of toWithdraw) {
    const res = await api('POST', `/cases/${number}/actions/withdraw`, { token: session.tokens[actor], body: { reason: 'Testen er færdig.' } });
    if (res.status !== 200) console.warn(`withdrawing #${number} as ${actor}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await closeTestDatabase();
});

const resolve = <T>(v: T | ((f: Fixtures) => T)): T => (typeof v === 'function' ? (v as (f: Fixtures) => T)(fx) : v);

async function pageCell(row: Row, actor: ActorName): Promise<string> {
  const client = row.fresh ? await freshPage(actor) : session.pages[actor];
  const url = resolve(row.url);
  const [method] = row.label.split(' ');
  const res = method === 'POST' ? await client.post(url, resolve(row.body ?? {})) : await client.get(url);
  const outcome = row.outcome ? row.outcome(res) : pageOutcome(res);
  if (method === 'POST' && outcome === 'o' && !row.fresh && (await refusedByFlash(client, res))) return 'R';
  return outcome;
}

async function apiCell(row: Row, actor: ActorName): Promise<string> {
  const [, method] = /^(GET|POST|PATCH|DELETE)\s/.exec(row.label)!;
  const body = row.body === undefined ? undefined : resolve(row.body);
  const res = await api(method!, resolve(row.url), { token: session.tokens[actor], body });
  // A probe must never be taken: a permitted caller gets 422, so a 2xx means something changed.
  if (row.body === PROBE && res.status < 300) return `${res.status} (probe taken)`;
  return apiOutcome(res.status);
}

for (const [area, rows] of MATRIX) {
  describe(`authorization matrix: ${area}`, () => {
    for (const row of rows) {
      it(row.label, async () => {
        const expected = parseExpectation(row.expect);
        const result: RowResult = { label: row.label, expected, actual: {} };
        results.push(result);
        await Promise.all(
          ACTORS.map(async (actor) => {
            result.actual[actor] = row.kind === 'api' ? await apiCell(row, actor) : await pageCell(row, actor);
          }),
        );
        expect(result.actual, `${row.label}: outcome per actor (o reached, L sign in, F 403, N 404, R refused on the page)`).toEqual(expected);
      });
    }
  });
}

describe('what a customer never sees', () => {
  const customerText = async (actor: ActorName, number: number) => {
    const [pageRes, apiRes] = await Promise.all([
      session.pages[actor].get(`/portal/cases/${number}`),
      api('GET', `/cases/${number}`, { token: session.tokens[actor] }),
    ]);
    expect(pageRes.status).toBe(200);
    expect(apiRes.status).toBe(200);
    return {
      html: pageRes.html,
      json: JSON.stringify(apiRes.body),
      doc: apiRes.body as { timeline: { kind: string; internal: boolean }[]; attachments: { internal: boolean }[] },
    };
  };

  it("internal notes, internal files and the desk's note on logged time stay on the desk", async () => {
    const desk = await session.pages.agent.get(`/desk/cases/${fx.plain}`);
    expect(desk.html).toContain(fx.note);
    expect(desk.html).toContain(fx.timeNote);
    for (const actor of ['contactA', 'contactA2'] as const) {
      const seen = await customerText(actor, fx.plain);
      expect(seen.html).toContain(`Matrix ${fx.word}`);
      for (const text of [fx.note, fx.timeNote, 'intern.png']) {
        expect(seen.html, `${actor} page`).not.toContain(text);
        expect(seen.json, `${actor} API`).not.toContain(text);
      }
      expect(seen.doc.timeline.filter((e) => e.internal)).toEqual([]);
      expect(seen.doc.attachments.filter((a) => a.internal)).toEqual([]);
    }
    const approver = await customerText('approverA', fx.quote);
    expect(approver.html).not.toContain(fx.note);
    expect(approver.json).not.toContain(fx.note);
    expect(approver.doc.timeline.filter((e) => e.internal)).toEqual([]);
  });

  it("a quote that waited for the manager's release shows no internal event to the customer", async () => {
    const staff = await api('GET', `/cases/${fx.closedQuote}`, { token: session.tokens.agent });
    expect((staff.body as { timeline: { kind: string; internal: boolean }[] }).timeline.filter((e) => e.internal).map((e) => e.kind)).toContain('quote');
    for (const actor of ['contactA', 'approverA'] as const) {
      const seen = await customerText(actor, fx.closedQuote);
      expect(
        seen.doc.timeline.filter((e) => e.internal),
        actor,
      ).toEqual([]);
      expect(
        seen.doc.timeline.map((e) => e.kind),
        actor,
      ).not.toContain('quote');
      expect(
        seen.doc.timeline.map((e) => e.kind),
        actor,
      ).toContain('release-quote');
    }
  });
});

describe('lists show only what the person may see', () => {
  const numbersIn = async (actor: ActorName, query: string) => {
    const res = await api('GET', `/cases?q=${fx.word}&pageSize=200${query}`, { token: session.tokens[actor] });
    expect(res.status).toBe(200);
    return (res.body as { items: { number: number }[] }).items.map((c) => c.number).sort((a, b) => a - b);
  };

  it('API case lists: each company its own cases, the approver only quotes, the desk everything', async () => {
    const all = [fx.plain, fx.quote, fx.closedQuote, fx.bCase].sort((a, b) => a - b);
    expect(await numbersIn('agent', '')).toEqual(all);
    expect(await numbersIn('manager', '')).toEqual(all);
    const companyA = [fx.plain, fx.quote, fx.closedQuote].sort((a, b) => a - b);
    expect(await numbersIn('contactA', '')).toEqual(companyA);
    expect(await numbersIn('contactA2', '&company=basis')).toEqual(companyA);
    expect(await numbersIn('approverA', '')).toEqual([fx.quote, fx.closedQuote].sort((a, b) => a - b));
    expect(await numbersIn('contactB', '&company=faktureret')).toEqual([fx.bCase]);
    expect(await numbersIn('approverB', '')).toEqual([]);
    // A case number typed into the search is still only the caller's own.
    const byNumber = await api('GET', `/cases?q=%23${fx.plain}`, { token: session.tokens.contactB });
    expect((byNumber.body as { items: unknown[] }).items).toEqual([]);
  });

  it("portal lists: company B and the approver never see A's other cases", async () => {
    const title = `Matrix ${fx.word} almindelig sag`;
    expect((await session.pages.contactA.get('/portal')).html).toContain(title);
    expect((await session.pages.contactB.get('/portal')).html).not.toContain(title);
    expect((await session.pages.contactB.get('/portal/approvals')).html).not.toContain(fx.word);
    const approvals = (await session.pages.approverA.get('/portal/approvals')).html;
    expect(approvals).toContain(`Matrix ${fx.word} tilbud`);
    expect(approvals).not.toContain(title);
    expect((await session.pages.approverB.get('/portal/approvals')).html).not.toContain(fx.word);
  });
});

describe('a contact files only for themselves', () => {
  it("naming another company's contact or a desk channel is refused by the API and by the portal form", async () => {
    const viaApi = await api('POST', '/cases', {
      token: session.tokens.contactB,
      body: { type: 'support', title: `Matrix ${fx.word} på vegne af`, description: 'Forsøg', contactEmail: 'kontakt1@faktureret.test', channel: 'phone' },
    });
    expect(viaApi.status).toBe(422);
    expect((viaApi.body as { errors: Record<string, string> }).errors).toHaveProperty('contactEmail');
    const byPhone = await api('POST', '/cases', {
      token: session.tokens.contactB,
      body: { type: 'support', title: `Matrix ${fx.word} telefon`, description: 'Forsøg', channel: 'phone' },
    });
    expect(byPhone.status).toBe(422);
    expect((byPhone.body as { errors: Record<string, string> }).errors).toHaveProperty('channel');

    // The portal's form has no such fields: it refuses them with a message (issue 25), rather than ignoring them.
    const form = session.pages.contactB;
    await form.get('/portal/new/product_idea');
    const filed = await form.post('/portal/new/product_idea', {
      title: `Matrix ${fx.word} idé fra B`,
      description: 'En idé',
      value: 'Overblik',
      contactEmail: 'kontakt1@faktureret.test',
      channel: 'phone',
    });
    expect(filed.status, filed.html.slice(0, 800)).toBe(422);
    expect(filed.html).toContain('contactEmail');
    expect((await api('GET', `/cases?q=${encodeURIComponent(`idé fra B`)}&company=basis`, { token: session.tokens.contactB })).body.items ?? []).toEqual([]);
  });
});

describe('a price approver sees the quote and nothing else (SPEC §1)', () => {
  const approverDoc = async () => {
    const res = await api('GET', `/cases/${fx.quote}`, { token: session.tokens.approverA });
    expect(res.status).toBe(200);
    return res.body as { description?: string; fields?: Record<string, unknown>; attachments: { filename: string }[]; quote: { priceOre: number } | null };
  };

  it("the portal page shows the quote, not the request's text, fields or files", async () => {
    const html = (await session.pages.approverA.get(`/portal/cases/${fx.quote}`)).html;
    expect(html).toContain('2.000,00');
    for (const hidden of ['Et felt til PO-nummer', 'Kunderne kræver det', 'skaermbillede.png', fx.note]) expect(html).not.toContain(hidden);
  });

  it('the API document lists no case files (their download is 404 for approvers)', async () => {
    const doc = await approverDoc();
    expect(doc.quote?.priceOre).toBe(200_000);
    expect(doc.attachments.map((a) => a.filename)).toEqual([]);
  });

  it('the API document carries no more of the request than the portal page (no description, no form fields)', async () => {
    const doc = await approverDoc();
    expect(doc.description ?? '').not.toContain('Et felt til PO-nummer');
    expect(doc.fields ?? {}).toEqual({});
  });
});

describe('after the matrix', () => {
  it('no probe changed a case: the quote still awaits acceptance, the plain case is still received', async () => {
    const [quote, plain] = await Promise.all([
      api('GET', `/cases/${fx.quote}`, { token: session.tokens.agent }),
      api('GET', `/cases/${fx.plain}`, { token: session.tokens.agent }),
    ]);
    expect((quote.body as { status: string; quote: { outcome: string } }).status).toBe('awaiting_acceptance');
    expect((quote.body as { quote: { outcome: string } }).quote.outcome).toBe('pending');
    expect((plain.body as { status: string; loggedMinutes: number }).status).toBe('received');
    expect((plain.body as { loggedMinutes: number }).loggedMinutes).toBe(5);
  });
});
