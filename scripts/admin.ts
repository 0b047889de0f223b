// `npm run -s admin -- <command>`: administration from the command line, with the same environment as
// `npm start`. Today one command, for the first desk manager of a production install:
//
//   npm run -s admin -- create-manager --email E --first F --last L [--locale da|en]
//
// It creates the manager (audited as done from the command line) and prints a one-time link where
// they choose a password; the link is also e-mailed when a mail server is set up. Bad input gives one
// line on stderr and exit code 2; a database that cannot be reached, one line and exit code 1.
import { parseArgs } from 'node:util';
import type { Client } from '@temporalio/client';
import { pino } from 'pino';
import { readEnv } from '../config/env.js';
import { initI18n, translator } from '../i18n/index.js';
import { createServices } from '../services/index.js';
import { Refusal } from '../services/errors.js';
import { inviteStaff } from '../services/people/staff-accounts.js';
import { openAdminDatabase } from './admin/database.js';

const USAGE = 'usage: npm run -s admin -- create-manager --email E --first F --last L [--locale da|en]';
const FLAG_OF: Record<string, string> = { email: '--email', firstName: '--first', lastName: '--last', locale: '--locale' };

class BadInput extends Error {}

function readCommand(argv: string[]): { email: string; first: string; last: string; locale: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new BadInput(USAGE);
  if (command !== 'create-manager') throw new BadInput(`unknown command '${command}'; ${USAGE}`);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, first: { type: 'string' }, last: { type: 'string' }, locale: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new BadInput(`${(err as Error).message.split('\n')[0].replace(/\.$/, '')}; ${USAGE}`);
  }
  const missing = ['email', 'first', 'last'].filter((k) => typeof values[k] !== 'string' || (values[k] as string).trim() === '');
  if (missing.length) throw new BadInput(`missing ${missing.map((k) => `--${k}`).join(', ')}; ${USAGE}`);
  return { email: values.email as string, first: values.first as string, last: values.last as string, locale: (values.locale as string) ?? 'da' };
}

/** The refusal's field errors as one line: "--email: The e-mail address is already in use." */
function problemLine(err: Refusal): string {
  const t = translator('en');
  return Object.entries(err.fieldErrors)
    .map(([field, key]) => `${FLAG_OF[field] ?? field}: ${t([`validation.${key}`, `admin:validation.${key}`, 'validation.invalid'])}`)
    .join('; ');
}

/** A Temporal client that is never used: creating an account starts no workflow. */
const noTemporal = new Proxy({} as Client, {
  get: () => {
    throw new Error('the admin command does not use Temporal');
  },
});

async function main(): Promise<number> {
  let input: ReturnType<typeof readCommand>;
  try {
    input = readCommand(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof BadInput)) throw err;
    process.stderr.write(`admin: ${err.message}\n`);
    return 2;
  }
  const env = readEnv();
  await initI18n();
  const database = await openAdminDatabase(env);
  try {
    const s = createServices({ db: database.db, temporal: noTemporal, env, log: pino({ level: 'silent' }) });
    const { person, invitation } = await inviteStaff(
      s,
      { source: 'command line' },
      {
        email: input.email,
        firstName: input.first,
        lastName: input.last,
        role: 'manager',
        locale: input.locale,
      },
    );
    process.stdout.write(
      [
        `Desk manager ${person.fullName} <${person.email}> created in ${database.where}.`,
        `Open this link to choose a password (valid 72 hours, once)${env.SMTP_URL ? '; it has also been e-mailed' : ''}:`,
        invitation.link,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    process.stderr.write(`admin: create-manager: ${problemLine(err)}\n`);
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`admin: failed: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(1);
  },
);
