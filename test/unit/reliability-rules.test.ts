// The reliability suite's own judgement, without a product: routes read from an Express router, how an
// answer reads (reached, sent to sign in, says why), which answers are leaks, forms read from a page,
// WTF-8 bytes for lone surrogates, the verdict line; and the Update id an idempotent request gets.
import express from 'express';
import type { WorkflowStartUpdateInput, WorkflowStartUpdateOutput } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { routesOf } from '../../scripts/reliability/routes.js';
import { leak, outcome } from '../../scripts/reliability/access-rules.js';
import { saysWhy, type Answer } from '../../scripts/reliability/http.js';
import { formsIn } from '../../scripts/reliability/forms.js';
import { wtf8Bytes, wtf8Percent } from '../../scripts/reliability/fuzz/values.js';
import { emptyVerdict, passed, verdictLine, type SuiteReport } from '../../scripts/reliability/report.js';
import { Tally } from '../../scripts/reliability/tally.js';
import { resentInFlight, type KillRecord } from '../../scripts/reliability/crash/report.js';
import type { Bound } from '../../scripts/reliability/bindings.js';
import { asIdempotentRequest, idempotentUpdateId, idempotentUpdates } from '../../platform/temporal/idempotent-updates.js';

const answer = (status: number, o: Partial<Answer> = {}): Answer => ({
  status,
  location: null,
  contentType: 'application/json',
  text: '{"error":"x"}',
  ms: 5,
  failure: null,
  headers: new Headers(),
  ...o,
});

const bound = (method: 'GET' | 'POST', path: string, o: Partial<Bound> = {}): Bound => ({
  route: { method, path },
  side: 'A',
  path,
  caseNumber: null,
  quoteCase: false,
  companyBound: false,
  noCustomer: false,
  owner: null,
  madeUp: [],
  deskOnly: false,
  ...o,
});
const markers = { A: 'accessAmarker', B: 'accessBmarker' };

describe('routes read from the router', () => {
  it('lists every route with its method and full path, mounted routers and path lists included', () => {
    const app = express();
    const inner = express.Router();
    inner.get('/:number', (_q, r) => void r.end());
    inner.post(['/:number/actions/:action', '/x'], (_q, r) => void r.end());
    const api = express.Router();
    api.use('/cases', inner);
    app.get('/healthz', (_q, r) => void r.end());
    app.use('/api/v1', api);
    app.use((_q, r) => void r.end());
    expect(routesOf(app)).toEqual([
      { method: 'GET', path: '/healthz' },
      { method: 'GET', path: '/api/v1/cases/:number' },
      { method: 'POST', path: '/api/v1/cases/:number/actions/:action' },
      { method: 'POST', path: '/api/v1/cases/x' },
    ]);
  });
});

describe('how an answer reads', () => {
  it('outcomes: reached, sent to sign in, 403, 404, anything else by status', () => {
    expect(outcome(answer(200))).toBe('o');
    expect(outcome(answer(422))).toBe('o');
    expect(outcome(answer(302, { location: '/desk' }))).toBe('o');
    expect(outcome(answer(302, { location: '/login?next=%2Fdesk' }))).toBe('L');
    expect(outcome(answer(401))).toBe('L');
    expect(outcome(answer(403))).toBe('F');
    expect(outcome(answer(404))).toBe('N');
    expect(outcome(answer(500))).toBe('500');
    expect(outcome(answer(0, { failure: 'timeout' }))).toBe('timeout');
  });

  it('a 4xx says why only in the product’s shape', () => {
    expect(saysWhy(answer(400))).toBe(true);
    expect(saysWhy(answer(400, { text: '{}' }))).toBe(false);
    expect(saysWhy(answer(400, { text: '' }))).toBe(false);
    expect(saysWhy(answer(413, { contentType: 'text/html', text: '<header class="topbar"></header><p class="status-code">413</p>' }))).toBe(true);
    expect(saysWhy(answer(422, { contentType: 'text/html; charset=utf-8', text: '<p class="error" role="alert">Påkrævet</p>' }))).toBe(true);
    expect(saysWhy(answer(400, { contentType: 'text/html', text: '<html><body>Bad Request</body></html>' }))).toBe(false);
    expect(saysWhy(answer(400, { contentType: 'text/plain', text: 'Bad Request' }))).toBe(false);
  });

  it('counts 500s and hangs; a 503 only where nothing is down', () => {
    const t = new Tally();
    t.add('GET /a', answer(503));
    t.add('GET /a', answer(500));
    t.add('GET /b', answer(503), { expectUp: true });
    t.add('GET /c', answer(0, { failure: 'timeout' }));
    t.add('GET /d', answer(400, { text: '' }));
    expect([t.serverErrorCount, t.hangCount, t.unexplainedCount, t.total]).toEqual([2, 1, 1, 5]);
  });
});

describe('leaks', () => {
  it('nothing but the public routes without signing in', () => {
    expect(leak(bound('GET', '/desk'), 'anonymous', answer(200), 'o', markers)).toMatch(/without signing in/);
    expect(leak(bound('GET', '/desk'), 'anonymous', answer(302, { location: '/login' }), 'L', markers)).toBeNull();
    expect(leak(bound('GET', '/login'), 'anonymous', answer(200), 'o', markers)).toBeNull();
  });

  it('each area for its roles', () => {
    expect(leak(bound('GET', '/admin'), 'agent', answer(200), 'o', markers)).toMatch(/area that is not theirs/);
    expect(leak(bound('GET', '/desk'), 'contactA', answer(200), 'o', markers)).toMatch(/area that is not theirs/);
    expect(leak(bound('GET', '/portal'), 'agent', answer(200), 'o', markers)).toMatch(/area that is not theirs/);
    expect(leak(bound('GET', '/admin'), 'manager', answer(200), 'o', markers)).toBeNull();
  });

  it("another company's case, an approver off a quote, another person's token, a marker in the text", () => {
    const aCase = bound('GET', '/case/:number', { caseNumber: 7, companyBound: true });
    expect(leak(aCase, 'contactB', answer(200), 'o', markers)).toMatch(/other company reached company A's case #7/);
    expect(leak(aCase, 'contactB', answer(404), 'N', markers)).toBeNull();
    expect(leak(aCase, 'contactA', answer(200), 'o', markers)).toBeNull();
    expect(leak(aCase, 'approverA', answer(200), 'o', markers)).toMatch(/price approver reached case #7/);
    expect(leak({ ...aCase, quoteCase: true }, 'approverA', answer(200), 'o', markers)).toBeNull();
    const token = bound('POST', '/account/tokens/:id/revoke', { companyBound: true, owner: 'contactA' });
    expect(leak(token, 'agent', answer(302, { location: '/account/tokens' }), 'o', markers)).toMatch(/acted on contactA's token/);
    expect(leak(token, 'manager', answer(302, { location: '/account/tokens' }), 'o', markers)).toBeNull();
    expect(leak(bound('GET', '/portal'), 'contactB', answer(200, { text: `<li>Sag ${markers.A}</li>` }), 'o', markers)).toMatch(/other company's case/);
    // The suite's own company's invoice: no customer may read it, a desk manager may.
    const invoice = bound('GET', '/api/v1/invoices/:file', { noCustomer: true });
    expect(leak(invoice, 'approverA', answer(200), 'o', markers)).toMatch(/reached another company's invoice/);
    expect(leak(invoice, 'contactB', answer(404), 'N', markers)).toBeNull();
    expect(leak(invoice, 'manager', answer(200), 'o', markers)).toBeNull();
  });

  it('an internal article or a draft: reached by a customer, or its marker in a customer’s answer', () => {
    const internal = bound('GET', '/portal/help/articles/:id', { deskOnly: true });
    expect(leak(internal, 'contactA', answer(200), 'o', markers)).toMatch(/reached an internal article or a draft/);
    expect(leak(internal, 'contactA', answer(404), 'N', markers)).toBeNull();
    const api = bound('GET', '/api/v1/articles/:id', { deskOnly: true });
    expect(leak(api, 'agent', answer(200), 'o', markers)).toBeNull();
    const withDesk = { ...markers, desk: 'deskmarker1' };
    expect(leak(bound('GET', '/portal/help'), 'contactB', answer(200, { text: 'Intern deskmarker1' }), 'o', withDesk)).toMatch(/shown an internal article/);
    expect(leak(bound('GET', '/desk/knowledge'), 'agent', answer(200, { text: 'Intern deskmarker1' }), 'o', withDesk)).toBeNull();
  });
});

describe('forms read from a page', () => {
  it('finds POST forms with their fields, leaving the guards out', () => {
    const html = `
      <form method="get" action="/desk"><input name="q"></form>
      <form method="post" action="/desk/cases/7/messages" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value="t"><input type="hidden" name="_once" value="o">
        <textarea name="body"></textarea>
        <select name="visibility"><option value="internal">Intern</option><option value="customer">Kunde</option></select>
        <input type="checkbox" name="urgent" value="on"><input type="file" name="attachments"><button type="submit">Send</button>
      </form>`;
    expect(formsIn(html)).toEqual([
      {
        action: '/desk/cases/7/messages',
        multipart: true,
        fields: [
          { name: 'body', kind: 'textarea' },
          { name: 'visibility', kind: 'choice', choices: ['internal', 'customer'] },
          { name: 'urgent', kind: 'confirm', choices: ['on'] },
          { name: 'attachments', kind: 'file', value: undefined },
        ],
      },
    ]);
  });
});

describe('bad text on the wire', () => {
  it('a lone surrogate becomes its WTF-8 bytes, a pair stays UTF-8', () => {
    expect([...wtf8Bytes('a\ud800b')]).toEqual([0x61, 0xed, 0xa0, 0x80, 0x62]);
    expect(wtf8Bytes('😀').toString('utf8')).toBe('😀');
    expect(wtf8Percent('æ\u0000')).toBe('%C3%A6%00');
  });
});

describe('the verdict', () => {
  it('says n/a for what a suite does not measure, and passes only with zeros and no findings', () => {
    const verdict = { ...emptyVerdict(), lost: 0, serverErrors: 0, hangs: 0 };
    expect(verdictLine(verdict)).toBe('0 lost, n/a duplicated billing lines, n/a duplicated mails, 0 × 500, 0 hangs, n/a leaks');
    const report = { verdict, findings: [] } as unknown as SuiteReport;
    expect(passed(report)).toBe(true);
    expect(passed({ ...report, findings: ['case filed 2 times'] })).toBe(false);
    expect(passed({ ...report, verdict: { ...verdict, hangs: 1 } })).toBe(false);
  });
});

describe('the Update id of an idempotent request', () => {
  it('is derived from the request and the Update, and only within the request', async () => {
    expect(idempotentUpdateId('log-time')).toBeUndefined();
    const a = asIdempotentRequest('7\nkey-1', () => idempotentUpdateId('log-time'));
    expect(a).toMatch(/^idem-[0-9a-f]{40}$/);
    expect(asIdempotentRequest('7\nkey-1', () => idempotentUpdateId('log-time'))).toBe(a);
    expect(asIdempotentRequest('7\nkey-1', () => idempotentUpdateId('reply'))).not.toBe(a);
    expect(asIdempotentRequest('8\nkey-1', () => idempotentUpdateId('log-time'))).not.toBe(a);
    expect(await asIdempotentRequest('7\nkey-1', async () => (await Promise.resolve(), idempotentUpdateId('log-time')))).toBe(a);
  });

  it('the client interceptor sets it, and keeps an id the caller chose', async () => {
    const interceptor = idempotentUpdates();
    const seen: (string | undefined)[] = [];
    const next = async (input: WorkflowStartUpdateInput): Promise<WorkflowStartUpdateOutput> => {
      seen.push(input.options.updateId);
      return { updateId: input.options.updateId ?? '', workflowRunId: 'run' };
    };
    const input = (updateId?: string): WorkflowStartUpdateInput => ({
      updateName: 'log-time',
      args: [],
      workflowExecution: { workflowId: 'case-1' },
      headers: {},
      options: { updateId },
    });
    await interceptor.startUpdate!(input(), next);
    await asIdempotentRequest('7\nkey-1', () => interceptor.startUpdate!(input(), next));
    await asIdempotentRequest('7\nkey-1', () => interceptor.startUpdate!(input('chosen'), next));
    expect(seen).toEqual([undefined, asIdempotentRequest('7\nkey-1', () => idempotentUpdateId('log-time')), 'chosen']);
  });
});

describe('the crash suite telling a resend of the mail in flight from a mail sent twice', () => {
  const kill = (what: string, at: number): KillRecord => ({ what, at, pids: [1], restartedMs: 1_000, healthyMs: 2_000, filedBefore: 0 });
  const kills = [kill('worker', 5_000), kill('mail process', 10_000), kill('the whole tree', 20_000)];

  it('counts the one mail accepted just before a kill of the mail process, and sent again after it, as resent', () => {
    expect(resentInFlight([['<a>', [9_500, 13_000]]], kills)).toEqual(['<a>']);
    expect(resentInFlight([['<b>', [19_990, 25_000]]], kills)).toEqual(['<b>']);
  });

  it('calls every other second delivery a duplicate: no kill of the mail process between, too long before it, a second one for the same kill, a third delivery', () => {
    expect(resentInFlight([['<w>', [4_900, 6_000]]], kills)).toEqual([]); // the worker's kill sends no mail
    expect(resentInFlight([['<early>', [7_000, 12_000]]], kills)).toEqual([]);
    expect(resentInFlight([['<after>', [10_500, 12_000]]], kills)).toEqual([]);
    expect(
      resentInFlight(
        [
          ['<one>', [9_800, 11_000]],
          ['<two>', [9_900, 11_500]],
        ],
        kills,
      ),
    ).toEqual(['<one>']);
    expect(resentInFlight([['<thrice>', [9_800, 11_000, 12_000]]], kills)).toEqual([]);
  });
});
