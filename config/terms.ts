// Loads the case terms (prices and process timers) from config/terms.json, or from the file named
// by the environment variable TERMS_FILE, and validates them. The only module of coverage/billing
// configuration that does I/O; call it at start-up, never from workflow code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { CaseTerms } from '../domain/types.js';

const count = z.number().int().min(0);
const days = z.number().int().min(1);

const pricesSchema = z.strictObject({
  hourlyRateOre: count,
  extraContactMonthlyOre: count,
  includedContacts: count,
  contactTrainingHours: z.strictObject({ standard: z.number().min(0), enterprise: z.number().min(0) }),
  minimumMinutes: count,
  roundingIncrementMinutes: z.number().int().min(1),
});

const timersSchema = z
  .strictObject({
    firstResponseMinutes: z.number().int().min(1),
    firstResponseWarningShare: z.number().gt(0).lt(1),
    waitingReminderDays: days,
    waitingCloseDays: days,
    quoteValidDays: days,
    quoteReminderDays: days,
    reopenDays: count,
    quoteReleaseAboveOre: count,
  })
  .refine((t) => t.waitingReminderDays < t.waitingCloseDays, {
    message: 'waitingReminderDays must be less than waitingCloseDays',
    path: ['waitingReminderDays'],
  })
  .refine((t) => t.quoteReminderDays < t.quoteValidDays, {
    message: 'quoteReminderDays must be less than quoteValidDays',
    path: ['quoteReminderDays'],
  });

export const caseTermsSchema = z.strictObject({ prices: pricesSchema, timers: timersSchema });

/** The default terms file, next to this module. */
export const DEFAULT_TERMS_FILE = fileURLToPath(new URL('./terms.json', import.meta.url));

/** TERMS_FILE (relative to the working directory) when set, else the default file. */
export function termsFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.TERMS_FILE?.trim();
  return fromEnv ? resolve(fromEnv) : DEFAULT_TERMS_FILE;
}

/** Validates already-parsed terms; throws an Error naming every problem. */
export function parseTerms(data: unknown, source = 'terms'): CaseTerms {
  const result = caseTermsSchema.safeParse(data);
  if (!result.success) throw new Error(`invalid ${source}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates the terms file. */
export function loadTerms(file: string = termsFilePath()): CaseTerms {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read terms file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`terms file ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseTerms(data, `terms file ${file}`);
}
