// `npm run -s reliability:fuzz`: every form of the product (forms.ts) and every operation of the API's
// OpenAPI document, each sent malformed inputs generated property-based with fast-check (a fixed seed,
// so a run can be repeated). Every answer must be a 4xx that says why (or a success), never a 5xx,
// never a hang; afterwards no case may be left with an activity that keeps failing.
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { ACTIONS, CASE_ACTIONS, isCaseAction } from '../../domain/actions/index.js';
import { createFixtures, type Actor, type Fixtures } from './fixtures.js';
import { send } from './http.js';
import { allForms } from './forms.js';
import { apiRequests, formRequests, type FuzzRequest } from './fuzz/inputs.js';
import { productRoutes } from './routes.js';
import { stuckCases } from './crash/stuck-cases.js';
import { connectDatabase } from '../../db/connection.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { Tally } from './tally.js';
import { emptyVerdict, table, type SuiteReport } from './report.js';
import { runSuiteCommand, type OptionSpec, type Options, type SuiteContext } from './suite.js';

export const FUZZ_OPTIONS: OptionSpec[] = [
  { name: 'inputs', full: 1200, short: 300, help: 'malformed inputs in all, spread over every form and API operation' },
  { name: 'seed', full: 14, short: 14, help: 'fast-check seed (the same seed sends the same inputs)' },
];

type Schema = Record<string, unknown>;
interface Target {
  label: string;
  kind: 'form' | 'api';
  who: Actor;
  arbitrary: fc.Arbitrary<FuzzRequest>;
  destructive: boolean;
}

/** A plausible body for a JSON schema (its required properties with ordinary values), which the fuzzer then breaks. */
function sampleOf(schema: Schema | undefined, doc: Schema, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (typeof schema.$ref === 'string')
    return sampleOf((doc.components as { schemas: Record<string, Schema> }).schemas[schema.$ref.split('/').pop()!], doc, depth + 1);
  for (const k of ['oneOf', 'anyOf'] as const) if (Array.isArray(schema[k])) return sampleOf((schema[k] as Schema[])[0], doc, depth + 1);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required as string[] | undefined) ?? Object.keys(props));
      return Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => required.has(k))
          .map(([k, v]) => [k, sampleOf(v, doc, depth + 1)]),
      );
    }
    case 'integer':
      return 2;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'array':
      return [sampleOf(schema.items as Schema, doc, depth + 1)];
    default:
      return 'Et almindeligt svar';
  }
}

function apiTargets(doc: Schema, f: Fixtures): Target[] {
  const numbers = fc.oneof(
    { weight: 6, arbitrary: fc.constant(String(f.A.plain)) },
    {
      weight: 3,
      arbitrary: fc.constantFrom('0', '-1', 'abc', '1e3', '99999999999999999999', '1.5', '%00', '%zz', '%E6', ' 1', String(f.A.closed), String(f.B.plain)),
    },
  );
  const actions = fc.oneof(
    fc.constantFrom(...CASE_ACTIONS),
    fc.constantFrom('__proto__', 'constructor', 'toString', '..', '%2e%2e', 'x'.repeat(300), 'ACKNOWLEDGE'),
  );
  const ids = fc.oneof(fc.constantFrom(...f.B.spareTokens.map(String)), fc.constantFrom('0', '-1', 'abc', '9'.repeat(30), '1.5'));
  // Invoices and billing: the suite's own company, its invoice and month, and values that are none of them.
  const invoices = fc.oneof(
    { weight: 6, arbitrary: fc.constant(String(f.invoice ?? 1)) },
    { weight: 3, arbitrary: fc.constantFrom('0', '-1', 'abc', '9'.repeat(30), '1.5', '%00', String(f.A.plain)) },
  );
  const months = fc.oneof(
    { weight: 6, arbitrary: fc.constant(f.month) },
    { weight: 3, arbitrary: fc.constantFrom('2025-13', '0000-00', 'abc', '2025-1', '%00', '9999-12') },
  );
  const slugs = fc.oneof(
    { weight: 6, arbitrary: fc.constant(f.company) },
    { weight: 3, arbitrary: fc.constantFrom('..', '%2e%2e', 'x'.repeat(300), 'NEW', '%00') },
  );
  const out: Target[] = [];
  for (const [template, ops] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const action = /\/actions\/([\w-]+)$/.exec(template)?.[1];
      const who: Actor = /^\/help\/(feedback|deflections)$|^\/announcements\/\{id\}\/read$/.test(template)
        ? 'contactA'
        : (/^\/announcements(\/\{id\}\/remind)?$|^\/articles\/\{id\}\/publish$/.test(template) && method === 'post') || template === '/help/stats'
          ? 'manager'
          : template === '/tokens' && method === 'post'
            ? 'anonymous'
            : template.startsWith('/tokens/')
              ? 'approverB'
              : action && isCaseAction(action) && ACTIONS[action].roles.includes('contact')
                ? 'contactA'
                : /^\/(invoices|billing\/\{month\}\/invoices|companies\/\{slug\}\/billing)/.test(template)
                  ? 'manager'
                  : template.startsWith('/cases') && method === 'post' && !action
                    ? 'contactA'
                    : 'agent';
      const invoice = template.startsWith('/invoices/');
      const parts = template
        .split(/(\{\w+\})/)
        .map((p) =>
          p === '{number}'
            ? invoice
              ? invoices
              : numbers
            : p === '{action}'
              ? actions
              : p === '{id}'
                ? ids
                : p === '{month}'
                  ? months
                  : p === '{slug}'
                    ? slugs
                    : fc.constant(p),
        );
      const path = fc.tuple(...parts).map((xs) => xs.join(''));
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content;
      const body = content?.['application/json']?.schema;
      const sample = sampleOf(body, doc);
      out.push({
        label: `${method.toUpperCase()} /api/v1${template}`,
        kind: 'api',
        who,
        arbitrary: apiRequests({
          method: method.toUpperCase(),
          path,
          sample: sample && typeof sample === 'object' ? (sample as Record<string, unknown>) : null,
          token: f.tokens[who].token,
          rawMail: Boolean(content?.['message/rfc822']),
          files: Boolean(content?.['multipart/form-data']),
        }),
        destructive: template.startsWith('/tokens/'),
      });
    }
  }
  // The Temporal UI's codec endpoint (not part of the API document): the codec server protocol's body, made bad.
  const payloads = { payloads: [{ metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('{"a":1}').toString('base64') }] };
  for (const route of ['/codec/encode', '/codec/decode']) {
    out.push({
      label: `POST ${route}`,
      kind: 'api',
      who: 'agent',
      arbitrary: apiRequests({ method: 'POST', path: fc.constant(route), sample: payloads, token: f.tokens.agent.token, prefix: '' }),
      destructive: false,
    });
  }
  return out;
}

export async function runFuzz(ctx: SuiteContext, o: Options): Promise<SuiteReport> {
  const { product, say } = ctx;
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const base = product.baseUrl;
  const routes = await productRoutes(product.env, product.databaseUrl());
  const f = await createFixtures(base);
  const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as Schema;
  const { forms, pagesLoaded } = await allForms(routes, f);
  const targets: Target[] = [
    ...apiTargets(doc, f),
    ...forms.map((t) => ({
      label: t.label,
      kind: 'form' as const,
      who: t.who,
      arbitrary: formRequests(t, () => f.pages[t.who].csrf ?? ''),
      destructive: t.destructive,
    })),
  ].sort((a, b) => Number(a.destructive) - Number(b.destructive));
  const per = Math.max(1, Math.ceil(Number(o.inputs) / targets.length));
  say(
    `${targets.length} targets (${forms.length} forms from ${pagesLoaded} pages, ${targets.length - forms.length} API operations), ${per} inputs each, seed ${o.seed}`,
  );

  const tally = new Tally();
  const perTarget: (string | number)[][] = [];
  let sent = 0;
  for (const [i, t] of targets.entries()) {
    const inputs = fc.sample(t.arbitrary, { numRuns: per, seed: Number(o.seed) + i });
    const before = { total: tally.total, errors: tally.serverErrorCount, hangs: tally.hangCount, unexplained: tally.unexplainedCount, ok: 0 };
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        const headers = t.kind === 'form' ? { cookie: f.pages[t.who].cookieHeader(), ...input.headers } : input.headers;
        const a = await send(base, { method: input.method, path: input.path, headers, body: input.body });
        if (a.status >= 200 && a.status < 400) before.ok += 1;
        tally.add(`${t.label} ← ${input.describe}`, a, { expectUp: true, kind: t.label });
      }
    };
    await Promise.all(Array.from({ length: 4 }, lane));
    sent += inputs.length;
    perTarget.push([
      t.label,
      inputs.length,
      before.ok,
      tally.total - before.total - before.ok,
      tally.serverErrorCount - before.errors,
      tally.hangCount - before.hangs,
      tally.unexplainedCount - before.unexplained,
    ]);
    if ((i + 1) % 10 === 0) say(`${i + 1}/${targets.length} targets, ${sent} inputs`);
  }
  const healthy = await fetch(`${base}/healthz`).then((r) => r.status);
  await new Promise((r) => setTimeout(r, 5_000)); // a transition refused by the database would have been retried by now
  const checkDb = connectDatabase(product.databaseUrl(), { poolMax: 2, applicationName: 'reliability-fuzz' });
  const stuck = await stuckCases(
    `127.0.0.1:${product.env.TEMPORAL_PORT}`,
    payloadProtection({ PAYLOAD_KEYS: product.env.PAYLOAD_KEYS, DATA_DIR: product.env.DATA_DIR }, checkDb).dataConverter,
  ).finally(() => checkDb.close());

  const verdict = emptyVerdict();
  verdict.serverErrors = tally.serverErrorCount;
  verdict.hangs = tally.hangCount;
  const findings = [
    ...tally.serverErrors.map((x) => `5xx: ${x.what} → ${x.status}`),
    ...tally.hangs.map((x) => `hang: ${x.what}`),
    ...(tally.unexplainedCount
      ? [`${tally.unexplainedCount} 4xx answers without a reason, e.g. ${tally.unexplained[0]?.what} → ${tally.unexplained[0]?.status}`]
      : []),
    ...(healthy === 200 ? [] : [`/healthz answered ${healthy} after the fuzzing`]),
    ...stuck.retrying.map((s) => `stuck: ${s.workflowId} retries ${s.activity} (attempt ${s.attempt}): ${s.failure}`),
  ];
  return {
    suite: 'fuzz',
    title: 'fuzz — malformed input to every form and every API operation',
    startedAt,
    seconds: (Date.now() - started) / 1000,
    tried: [
      ['malformed inputs (fast-check)', sent],
      ['forms (request and decision forms from their definitions, the rest from the pages)', forms.length],
      ['API operations (from the OpenAPI document)', targets.length - forms.length],
      ['pages loaded to find forms', pagesLoaded],
      ['open case processes checked for retrying activities', stuck.open],
    ],
    verdict,
    findings,
    sections: [
      { title: 'Answers', lines: [`By status: ${tally.statusLine()}.`, '', ...tally.exampleLines()] },
      { title: 'Per target', lines: table(['target', 'inputs', '2xx/3xx', '4xx', '5xx', 'hangs', '4xx without reason'], perTarget) },
    ],
    settings: { ...o, perTarget: per },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runSuiteCommand('fuzz', FUZZ_OPTIONS, runFuzz);
