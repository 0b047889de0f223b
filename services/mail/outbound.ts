// How an outbox row reads as a mail: subject and text in the recipient's language (with the case
// number in the subject and the configured terms in the text), and the headers that thread it with its
// case, keep auto-responders quiet and bring replies back to the desk.
import { createHash } from 'node:crypto';
import { deskAddress, deskDomain, publicUrl } from '../../config/env.js';
import { caseThreadId, isAutomaticMail } from '../../domain/mail-rules.js';
import { formatOre } from '../../domain/money.js';
import type { Locale } from '../../domain/types.js';
import { isLocale, translator } from '../../i18n/index.js';
import { numberFormat } from '../../i18n/numbers.js';
import type { Services } from '../context.js';

export interface OutboxRow {
  id: number;
  dedupe_key: string;
  email: string;
  locale: string;
  template: string;
  params: Record<string, unknown>;
  case_number: number | null;
  /** The Message-ID of the customer mail the case came from, if it came by mail. */
  origin_message_id: string | null;
  /** The recipient, when they are a person of the desk's (not an outside address). */
  person_id?: number | null;
}

export interface OutboundMail {
  messageId: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
  inReplyTo?: string;
  references?: string[];
}

/** The Message-ID of an outbox row: the same on every attempt, so a mail resent after a crash is recognisably the same mail. */
export function outboundMessageId(s: Services, row: Pick<OutboxRow, 'id' | 'dedupe_key'>): string {
  const h = createHash('sha256').update(row.dedupe_key).digest('hex').slice(0, 12);
  return `<n${row.id}.${h}@${deskDomain(s.env)}>`;
}

function termParams(s: Services, locale: Locale): Record<string, string | number> {
  const t = s.terms().timers;
  const hours = numberFormat(locale, 2).format(t.firstResponseMinutes / 60);
  return {
    responseHours: hours,
    reopenDays: t.reopenDays,
    waitingReminderDays: t.waitingReminderDays,
    waitingCloseDays: t.waitingCloseDays,
    quoteValidDays: t.quoteValidDays,
  };
}

export function renderMail(s: Services, row: Pick<OutboxRow, 'locale' | 'template' | 'params' | 'case_number'>): { subject: string; text: string } {
  const locale = isLocale(row.locale) ? row.locale : 'da';
  const t = translator(locale);
  const params: Record<string, unknown> = { ...termParams(s, locale), ...row.params };
  if (typeof params.priceOre === 'number') params.price = formatOre(params.priceOre, locale);
  if (typeof params.type === 'string') params.typeName = t(`types.${params.type}`);
  // A link written where the public address is not known (the worker's activities) names only its path.
  if (typeof params.linkPath === 'string') params.link = `${publicUrl(s.env)}${params.linkPath}`;
  let key = `mail:${row.template}.body`;
  if (row.template === 'intake_rejected') {
    const contacts = Array.isArray(params.contacts) ? params.contacts.map(String) : [];
    key = contacts.length ? 'mail:intake_rejected.body' : 'mail:intake_rejected.body_no_contacts';
    params.contacts = contacts.join(', ');
  }
  // A case moved to a new contact by the desk (before an erasure), not by a support-contact order.
  if (row.template === 'case_contact_changed' && !params.order) key = 'mail:case_contact_changed.body_by_desk';
  const link = row.case_number ? `${publicUrl(s.env)}/case/${row.case_number}` : '';
  const subject = t(`mail:${row.template}.subject`, params);
  // The one-click rating (services/cases/satisfaction/rating-links.ts), when the mail carries it.
  const rating = typeof params.rateLinks === 'string' ? ['', t('mail:rateInvite', params)] : [];
  const body = [t(key, params), ...rating].join('\n');
  const text = [t('mail:greeting'), '', body, ...(link ? ['', t('mail:link', { link })] : []), '', t('mail:signature')].join('\n');
  return { subject: row.case_number ? `[#${row.case_number}] ${subject}` : subject, text };
}

export function composeMail(s: Services, row: OutboxRow): OutboundMail {
  const { subject, text } = renderMail(s, row);
  const headers: Record<string, string> = { 'Reply-To': deskAddress(s.env) };
  if (isAutomaticMail(row.template)) {
    headers['Auto-Submitted'] = 'auto-generated';
    headers['X-Auto-Response-Suppress'] = 'All';
  }
  const mail: OutboundMail = { messageId: outboundMessageId(s, row), subject, text, headers };
  if (row.case_number) {
    const root = caseThreadId(row.case_number, deskDomain(s.env));
    const refs = row.origin_message_id ? [row.origin_message_id, root] : [root];
    mail.inReplyTo = refs[0];
    mail.references = refs;
  } else if (typeof row.params.inReplyTo === 'string') {
    mail.inReplyTo = row.params.inReplyTo;
    mail.references = [row.params.inReplyTo];
  }
  return mail;
}
