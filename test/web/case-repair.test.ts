// `npm run -s repair` (issue 14 item 2) against the running product: rows broken on purpose — one left
// behind its workflow with a lost timeline entry, one filed without a process, one flagged as needing
// attention while its workflow is not — are re-recorded from the workflow's view or started; a second
// run finds everything in step; a product it cannot reach is one line on stderr.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { QueryTypes } from 'sequelize';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AGENT, act, contact1, newCase } from '../support/api-cases.js';
import { closeTestDatabase, readModel, testDatabase } from '../support/servers.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

afterAll(() => closeTestDatabase());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the repair command as `npm run -s repair` runs it (tsx scripts/repair.ts) with the given environment. */
function repair(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'EMBEDDED_POSTGRES_DIR', 'TEMPORAL_PORT']) delete childEnv[key];
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/repair.ts'), ...args], {
    env: { ...childEnv, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The shared product's database and Temporal, and the master key its payloads are encrypted with. */
const product = () => ({ DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: inject('temporalAddress'), PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS });
const sql = (query: string, replacements: Record<string, unknown>) => testDatabase().sequelize.query(query, { replacements });

/** A case row as intake writes it before its process starts, created `ageSeconds` ago, with no process. */
async function rowWithoutProcess(ageSeconds: number): Promise<number> {
  const db = testDatabase();
  const contact = await db.models.Person.findOne({ where: { email: contact1('basis') }, rejectOnEmpty: true });
  const [{ number }] = await db.sequelize.query<{ number: number }>("SELECT nextval('case_number_seq')::int AS number", { type: QueryTypes.SELECT });
  await db.models.CaseRecord.create({
    number,
    workflowId: `case-${number}`,
    type: 'support',
    status: 'received',
    channel: 'portal',
    companyId: contact.companyId!,
    contactId: contact.id,
    registeredById: null,
    title: `Reparation uden proces ${number}`,
    receivedAt: new Date(Date.now() - ageSeconds * 1000),
    responseDueAt: null,
  });
  await sql('UPDATE cases SET created_at = now() - make_interval(secs => :age) WHERE number = :number', { number, age: ageSeconds });
  return number;
}

describe('npm run -s repair', () => {
  let behind = 0;
  let missing = 0;
  let flagged = 0;

  it('re-records rows behind their workflow, starts missing processes, clears a flag the workflow does not hold', async () => {
    // Behind: acknowledged (version 2) in the workflow, but the row says received at version 1 and the event is gone.
    behind = (await newCase(contact1('basis'), 'support')).number;
    await readModel(behind);
    await act(AGENT, behind, 'acknowledge', { plan: 'Vi kigger på det i dag.' });
    await readModel(behind, (r) => r.version === 2);
    await sql(
      `UPDATE cases SET version = 1, status = 'received', owner_id = NULL, responded_at = NULL,
         view = jsonb_set(jsonb_set(view, '{version}', '1'), '{status}', '"received"') WHERE number = :number`,
      { number: behind },
    );
    await sql('DELETE FROM case_events WHERE case_number = :number AND seq = 2', { number: behind });

    // Missing: a row filed while Temporal was down (older than the 10 s a filing request takes, younger than the worker's sweep).
    missing = await rowWithoutProcess(15);

    // Flagged in the row, while its workflow is fine.
    flagged = (await newCase(contact1('basis'), 'product_idea')).number;
    await readModel(flagged);
    await sql(`UPDATE cases SET view = jsonb_set(view, '{needsAttention}', 'true') WHERE number = :number`, { number: flagged });

    const run = await repair(['--case', String(behind), '--case', String(missing), '--case', `#${flagged}`], product());
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    // One line per case as it is done (processes are started after the checks), then the summary.
    const lineOf = (n: number) => lines.find((l) => l.startsWith(`#${n} `));
    expect(lineOf(behind)).toBe(`#${behind} repaired: read model version 1 → 2 (received → acknowledged); its timeline lacks the transitions of versions 2`);
    expect(lineOf(missing)).toMatch(/ started: it had no process \(filed while Temporal was unreachable\)/);
    expect(lineOf(flagged)).toBe(`#${flagged} repaired: read model re-recorded at version 1 (received), no longer flagged (its workflow is not)`);
    expect(lines[3]).toMatch(/^checked 3 cases \(DATABASE_URL, Temporal at .+\): 2 repaired, 1 started, 0 moved on, 0 need attention, 0 failed, 0 in step$/);

    const fixed = await readModel(behind, (r) => r.version === 2);
    expect([fixed.status, fixed.respondedAt !== null, (fixed.view as { status: string }).status]).toEqual(['acknowledged', true, 'acknowledged']);
    const started = await readModel(missing, (r) => r.version >= 1);
    expect(started.responseDueAt).not.toBeNull();
    const unflagged = await readModel(flagged, (r) => r.version === 1);
    expect((unflagged.view as { needsAttention?: boolean }).needsAttention).not.toBe(true);
  });

  it('is idempotent: a second run finds the same cases in step and writes nothing', async () => {
    const before = await testDatabase().sequelize.query<{ n: number; v: number; u: string }>(
      'SELECT number AS n, version AS v, updated_at::text AS u FROM cases WHERE number IN (:numbers) ORDER BY number',
      { type: QueryTypes.SELECT, replacements: { numbers: [behind, missing, flagged] } },
    );
    const run = await repair(['--case', String(behind), '--case', String(missing), '--case', String(flagged)], product());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/^checked 3 cases .*: 0 repaired, 0 started, 0 moved on, 0 need attention, 0 failed, 3 in step$/);
    const after = await testDatabase().sequelize.query(
      'SELECT number AS n, version AS v, updated_at::text AS u FROM cases WHERE number IN (:numbers) ORDER BY number',
      {
        type: QueryTypes.SELECT,
        replacements: { numbers: [behind, missing, flagged] },
      },
    );
    expect(after).toEqual(before);
  });

  it('checks every open case without --case', async () => {
    const run = await repair([], product());
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      /^checked \d+ cases .*: \d+ repaired, \d+ started, \d+ moved on, \d+ need attention, \d+ failed, \d+ in step$/,
    );
    const checked = Number(/^checked (\d+) cases/.exec(run.stdout.trim().split('\n').at(-1)!)?.[1]);
    const [{ open }] = await testDatabase().sequelize.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM cases WHERE status NOT IN ('closed', 'withdrawn')",
      {
        type: QueryTypes.SELECT,
      },
    );
    expect(checked).toBeGreaterThanOrEqual(open);
  });

  it('says in one line what it cannot reach, and how to fix it', async () => {
    const noCluster = await repair([], { EMBEDDED_POSTGRES_DIR: '/var/tmp/service-desk-no-such-install/postgres' });
    expect(noCluster.code).toBe(1);
    expect(noCluster.stderr).toMatch(
      /^repair: no PostgreSQL of this install is running \(data folder \/var\/tmp\/service-desk-no-such-install\/postgres\)\. Fix: start the product with `npm start`.*\n$/,
    );

    const noDatabase = await repair([], { DATABASE_URL: 'postgres://postgres:x@127.0.0.1:1/servicedesk', TEMPORAL_ADDRESS: inject('temporalAddress') });
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/^repair: cannot use the database \(DATABASE_URL\): .+ Fix: start the product with `npm start`\n$/);

    const noTemporal = await repair([], { DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: '127.0.0.1:1' });
    expect(noTemporal.code).toBe(1);
    expect(noTemporal.stderr).toMatch(/^repair: cannot reach Temporal at 127\.0\.0\.1:1: .+ Fix: start the product with `npm start`.*\n$/);

    const badArgs = await repair(['--case', 'abc'], product());
    expect(badArgs.code).toBe(2);
    expect(badArgs.stderr).toBe('repair: --case takes a case number, not "abc"; usage: npm run -s repair [-- --all] [-- --case <number> …]\n');
  });
});
