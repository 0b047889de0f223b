// The API's contract, proven by a third party: Schemathesis (PyPI, pinned in
// test/support/schemathesis/requirements.txt) runs every check — positive and negative data acceptance,
// status codes, content types, response schemas and headers, undeclared methods, authentication —
// over every operation of /api/v1/openapi.json, with a fixed seed and a bounded number of examples,
// once as a desk manager and once as a support contact. It must report no failure.
//
// The run creates cases, locks billing months, closes the desk on days and revokes tokens, so it runs
// against a product of its own (own database and Temporal), never the one the other tests share.
// Revoking tokens runs last, in a run of its own: revoking the token a run uses would leave the rest of
// that run unauthenticated. More examples locally: SCHEMATHESIS_EXAMPLES=100 (docs/api-contract.md).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startIsolatedProduct, type IsolatedProduct } from '../../support/isolated-product.js';
import { ensureSchemathesis, runSchemathesis, type ContractRun } from '../../support/schemathesis/schemathesis.js';

const EXAMPLES = Number(process.env.SCHEMATHESIS_EXAMPLES ?? 5);
const SEED = Number(process.env.SCHEMATHESIS_SEED ?? 20240523);
const say = (line: string) => process.stderr.write(`[api contract] ${line}\n`);

let product: IsolatedProduct;
let python: string;
let reportDir: string;
/** Fetched before any run: a run tries logins with the addresses it has seen, and ten wrong passwords lock an address out for a while. */
const tokens: Record<'manager' | 'contact' | 'agent', string> = { manager: '', contact: '', agent: '' };

async function tokenFor(email: string): Promise<string> {
  const res = await fetch(`${product.baseUrl}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234', label: 'schemathesis' }),
  });
  if (res.status !== 201) throw new Error(`token for ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

async function contract(run: Omit<ContractRun, 'examples' | 'seed'>): Promise<void> {
  const started = Date.now();
  const result = await runSchemathesis(python, product.baseUrl, reportDir, { ...run, examples: EXAMPLES, seed: SEED }, say);
  fs.writeFileSync(path.join(reportDir, `schemathesis-${run.name}.txt`), result.output);
  say(`${run.name}: exit ${result.code} after ${((Date.now() - started) / 1000).toFixed(0)} s\n${result.summary}`);
  expect(result.code, `Schemathesis found failures (${run.name}):\n${result.output.slice(-12000)}`).toBe(0);
  expect(result.summary).toMatch(/Tested: \d+/);
}

describe('the API contract (Schemathesis)', () => {
  beforeAll(async () => {
    reportDir = path.join(inject('artifactsDir'), 'schemathesis');
    fs.mkdirSync(reportDir, { recursive: true });
    [python, product] = await Promise.all([ensureSchemathesis(say), startIsolatedProduct('contract', say)]);
    [tokens.manager, tokens.contact, tokens.agent] = await Promise.all(['manager@desk.test', 'kontakt1@basis.test', 'agent@desk.test'].map(tokenFor));
  }, 900_000);

  afterAll(async () => {
    await product?.stop();
  });

  it('a desk manager: every operation but revoking tokens, every check, no failure', async () => {
    await contract({ name: 'manager', token: tokens.manager, args: ['--exclude-operation-id', 'revokeToken'] });
  }, 900_000);

  it('a support contact: every operation but revoking tokens, every check, no failure', async () => {
    await contract({ name: 'contact', token: tokens.contact, args: ['--exclude-operation-id', 'revokeToken'] });
  }, 900_000);

  it('revoking tokens, as an agent, last', async () => {
    // No stateful phase: its links start at operations this run leaves out.
    await contract({
      name: 'revoke',
      token: tokens.agent,
      args: ['--include-operation-id', 'revokeToken', '--phases', 'examples,coverage,fuzzing'],
    });
  }, 300_000);
});
