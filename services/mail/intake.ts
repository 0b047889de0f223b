// Requests and replies that arrive by e-mail (SPEC §1, §3), the one door every inbound mail goes
// through — the embedded SMTP listener, the IMAP poller and POST /api/v1/inbound-mail alike: the raw
// message is stored first, then processed exactly once (services/mail/process-inbound.ts). A gateway
// may also hand over just `{from, subject, text}`; that is composed into a mail and goes the same way.
import { z } from 'zod';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { issuesToFieldErrors } from '../../domain/validation.js';
import { deskAddress } from '../../config/env.js';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import { optionalText, text } from '../../domain/text-input.js';
import { personEmail } from '../../domain/actions/fields.js';
import { storeInboundMail, type MailSource } from './inbound-store.js';
import { outcomeOf, processInboundMail, type InboundOutcome } from './process-inbound.js';

export type { InboundOutcome } from './process-inbound.js';

export const inboundMailSchema = z
  .object({
    from: personEmail(),
    subject: optionalText(200, { multiline: false }).default(''),
    text: text(20000),
  })
  .strict();

/** Stores a raw RFC 822 mail and processes it now; a mail seen before answers with its first outcome. */
export async function acceptMail(
  s: Services,
  raw: Buffer,
  source: MailSource,
  envelopeFrom: string | null = null,
): Promise<InboundOutcome & { duplicate: boolean }> {
  const stored = await storeInboundMail(s, raw, source, envelopeFrom);
  if (stored.duplicate) return { ...(await outcomeOf(s, stored.id)), duplicate: true };
  return { ...(await processInboundMail(s, stored.id)), duplicate: false };
}

/** The gateway's short form `{from, subject, text}`, composed into a plain-text mail to the desk. */
export async function acceptJsonMail(s: Services, body: unknown): Promise<InboundOutcome & { duplicate: boolean }> {
  const parsed = inboundMailSchema.safeParse(body);
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error.issues));
  const { from, subject, text } = parsed.data;
  const raw = await new MailComposer({ from, to: deskAddress(s.env), subject, text }).compile().build();
  return acceptMail(s, raw, 'http');
}
