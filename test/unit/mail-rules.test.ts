// The pure rules of the mail channel: which mails machines wrote (the loop guard), how a reply names its
// case, subjects as titles, text that can always be stored, quoted history stripped, and both
// languages' mail texts alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  automaticReason,
  caseNumberInSubject,
  caseOfThreadId,
  caseThreadId,
  isAutomaticMail,
  storableText,
  titleFromSubject,
} from '../../domain/mail-rules.js';
import { replyText } from '../../services/mail/reply-text.js';
import { initI18n, keysOf } from '../../i18n/index.js';
import { renderMail } from '../../services/mail/outbound.js';
import { readEnv } from '../../config/env.js';
import { loadTerms } from '../../config/terms.js';
import type { Services } from '../../services/context.js';

const headers = (h: Record<string, string>) => new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

describe('the loop guard', () => {
  it('knows auto-replies, bounces and list mail', () => {
    expect(automaticReason(headers({ 'Auto-Submitted': 'auto-replied' }), 'a@x.test', 'a@x.test')).toBe('auto_submitted');
    expect(automaticReason(headers({ 'Auto-Submitted': 'no' }), 'a@x.test', 'a@x.test')).toBeNull();
    expect(automaticReason(headers({ Precedence: 'bulk' }), 'a@x.test', null)).toBe('precedence');
    expect(automaticReason(headers({ Precedence: 'junk' }), 'a@x.test', null)).toBe('precedence');
    expect(automaticReason(headers({ 'X-Autoreply': 'yes' }), 'a@x.test', null)).toBe('autoreply_header');
    expect(automaticReason(headers({ 'List-Id': '<l.x.test>' }), 'a@x.test', null)).toBe('list');
    expect(automaticReason(headers({}), 'a@x.test', '')).toBe('bounce');
    expect(automaticReason(headers({ 'Return-Path': '<>' }), 'a@x.test', null)).toBe('bounce');
    expect(automaticReason(headers({}), 'a@x.test', 'a@x.test', 'multipart/report; report-type=delivery-status')).toBe('bounce');
    expect(automaticReason(headers({}), 'MAILER-DAEMON@x.test', 'x@x.test')).toBe('mailer_daemon');
    expect(automaticReason(headers({ Precedence: 'first-class' }), 'kontakt1@basis.test', 'kontakt1@basis.test')).toBeNull();
  });

  it('sends only what a person wrote without Auto-Submitted', () => {
    expect(isAutomaticMail('question')).toBe(false);
    expect(isAutomaticMail('case_acknowledged')).toBe(false);
    expect(isAutomaticMail('case_received')).toBe(true);
    expect(isAutomaticMail('waiting_reminder')).toBe(true);
    expect(isAutomaticMail('intake_rejected')).toBe(true);
  });
});

describe('threads and titles', () => {
  it('reads a case number from a subject and from the case thread root of our own domain only', () => {
    expect(caseNumberInSubject('SV: [#1042] Printer')).toBe(1042);
    expect(caseNumberInSubject('Printer #1042')).toBeNull();
    expect(caseOfThreadId(caseThreadId(77, 'desk.test'), 'desk.test')).toBe(77);
    expect(caseOfThreadId('<case-77@other.example>', 'desk.test')).toBeNull();
  });

  it('makes a title of a subject without reply prefixes and the case reference', () => {
    expect(titleFromSubject('SV: Re: [#12] Printeren', '')).toBe('Printeren');
    expect(titleFromSubject('  ', '\n\nFørste linje\nanden')).toBe('Første linje');
    expect(titleFromSubject('x'.repeat(300), '')).toHaveLength(200);
  });
});

describe('storable text', () => {
  it('drops NUL and control characters, repairs lone surrogates, and normalises to NFC', () => {
    expect(storableText('a\u0000b\u0007c\td\r\ne')).toBe('abc\td\ne');
    expect(storableText('x\uD800y')).toBe('x\uFFFDy');
    expect(storableText('e\u0301')).toBe('é');
  });

  it('never leaves anything PostgreSQL refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = storableText(s);
        expect(out.includes('\u0000')).toBe(false);
        expect(() => encodeURIComponent(out)).not.toThrow(); // throws on a lone surrogate
      }),
    );
  });
});

describe('reply text', () => {
  it('strips the quoted history of Gmail, Outlook (Danish and English) and ">" quotes', () => {
    expect(replyText('Tak.\n\nDen tir. 12. maj 2026 kl. 10.00 skrev Service Desk <support@desk.test>:\n> Spørgsmål')).toBe('Tak.');
    expect(replyText('Thanks.\n\nOn Tue, May 12, 2026 at 10:00 AM Service Desk <support@desk.test> wrote:\n> Question')).toBe('Thanks.');
    expect(replyText('Svar.\n\n-----Oprindelig meddelelse-----\nFra: Service Desk\nSendt: 12. maj\n\nSpørgsmål')).toBe('Svar.');
    expect(replyText('Svar.\n\nFra: Service Desk <support@desk.test>\nSendt: 12. maj 2026 10:00\nEmne: x')).toBe('Svar.');
    expect(replyText('> kun citat')).toBe('> kun citat');
  });
});

describe('mail texts', () => {
  it('have the same keys and placeholders in Danish and English', () => {
    for (const ns of ['mail', 'mailbox']) {
      expect(keysOf('da', ns)).toEqual(keysOf('en', ns));
      const placeholders = (lang: string) => {
        const json = readFileSync(`i18n/locales/${lang}/${ns}.json`, 'utf8');
        return [...json.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      };
      expect(placeholders('da')).toEqual(placeholders('en'));
    }
  });

  it('take the configured terms instead of fixed numbers', () => {
    const texts = readFileSync('i18n/locales/da/mail.json', 'utf8') + readFileSync('i18n/locales/en/mail.json', 'utf8');
    expect(texts).not.toMatch(/\b(8|5) (arbejdstimer|arbejdsdage|working hours|working days)/);
    expect(texts).toContain('{{responseHours}}');
    expect(texts).toContain('{{reopenDays}}');
  });

  it('render the terms in force: 6 working hours and 3 reopen days when so configured', async () => {
    await initI18n();
    const terms = loadTerms();
    const custom = { ...terms, timers: { ...terms.timers, firstResponseMinutes: 360, reopenDays: 3 } };
    const s = { env: readEnv({ NODE_ENV: 'test' }), terms: () => custom } as unknown as Services;
    const received = renderMail(s, { locale: 'da', template: 'case_received', params: { type: 'support', title: 'X' }, case_number: 7 });
    expect(received.subject).toBe('[#7] Vi har modtaget din henvendelse: X');
    expect(received.text).toContain('inden for 6 arbejdstimer');
    expect(renderMail(s, { locale: 'en', template: 'case_resolved', params: { summary: 'Done', title: 'X' }, case_number: 7 }).text).toContain(
      'within 3 working days',
    );
    const halfHour = { ...custom, timers: { ...custom.timers, firstResponseMinutes: 90 } };
    const s2 = { env: readEnv({ NODE_ENV: 'test' }), terms: () => halfHour } as unknown as Services;
    expect(renderMail(s2, { locale: 'da', template: 'response_breached', params: { title: 'X' }, case_number: 7 }).text).toContain('1,5 arbejdstimer');
  });
});
