// Issue 20's defects that pure code decides: every validation message names its limit, line or file;
// the "ask the customer" mail says a mail reply works; the demo mailbox decodes encoded subjects; "à";
// the change log's labels and units; the days left of a month; the course form's example period; the
// desk's next step; the close confirmation's billing and reopen sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { initI18n, translator } from '../../../i18n/index.js';
import { codeOf, issuesToFieldErrors, parseObject, withDetail } from '../../../domain/validation.js';
import { parseActionInput } from '../../../domain/actions/index.js';
import { requestSchema } from '../../../domain/request-forms.js';
import { daysLeftInMonth } from '../../../domain/billing-months.js';
import { renderMail } from '../../../services/mail/outbound.js';
import { decodeHeaderWords } from '../../../services/mail/encoded-words.js';
import { readEnv } from '../../../config/env.js';
import { loadTerms } from '../../../config/terms.js';
import type { Services } from '../../../services/context.js';
import { formatters } from '../../../web/format.js';
import { auditFieldLabel, auditValueText } from '../../../web/admin/audit-values.js';
import { onFormFields, periodExamples } from '../../../web/cases/request-form.js';
import { deskNextStepKey } from '../../../web/desk/next-step.js';
import { closeConfirmText, closedText } from '../../../web/desk/close-texts.js';

beforeAll(async () => initI18n());
const da = () => translator('da');
const en = () => translator('en');

describe('validation messages name the limit, the line or the file', () => {
  it('a text too long names its limit, in pages and in the API sentence; the API code stays bare', () => {
    const errors = issuesToFieldErrors(z.object({ title: z.string().max(200, { error: 'too_long' }) }).safeParse({ title: 'x'.repeat(300) }).error!.issues);
    expect(errors).toEqual({ title: 'too_long?max=200' });
    expect(codeOf(errors.title!)).toBe('too_long');
    expect(da()(`validation.${errors.title}`)).toBe('Teksten er for lang: højst 200 tegn.');
    expect(en()(`validation.${errors.title}`)).toBe('The text is too long: at most 200 characters.');
  });

  it('a 300-character title in a split is "too long" on line 1, not "required"', () => {
    const parsed = parseActionInput('split', { titles: ['x'.repeat(300), 'Anden del'] });
    expect(parsed.ok).toBe(false);
    const message = Object.values((parsed as { errors: Record<string, string> }).errors)[0]!;
    expect(codeOf(message)).toBe('too_long');
    expect(da()(`validation.${message}`)).toBe('Linje 1 er for lang: højst 200 tegn.');
    // parseObject's "left empty" rule looks at the line itself, not at a field named "titles.0"
    expect(parseObject(z.object({ titles: z.array(z.string().max(5, { error: 'too_long' })) }), { titles: ['toolong'] })).toEqual({
      ok: false,
      errors: { 'titles.0': 'too_long?max=5&line=1' },
    });
  });

  it('numbers name their limits, in the reader’s number format', () => {
    const minutes = parseActionInput('log-time', { minutes: 2000 });
    const m = (minutes as { errors: Record<string, string> }).errors.minutes!;
    expect(da()(`validation.${m}`)).toBe('Tallet er for stort: højst 1.440.');
    expect(en()(`validation.${m}`)).toBe('The number is too large: at most 1,440.');
    const incident = requestSchema('incident', 'form').safeParse({ affectedUsers: '100001' });
    const users = issuesToFieldErrors(incident.error!.issues)['affectedUsers']!;
    expect(da()(`validation.${users}`)).toBe('Tallet er for stort: højst 100.000.');
  });

  it('course participants written without an e-mail mark the field and name the line', () => {
    const parsed = requestSchema('course_booking', 'form').safeParse({ participants: 'Anna Holm anna@kunde.test\nBo Berg' });
    const errors = onFormFields(issuesToFieldErrors(parsed.error!.issues));
    expect(errors.participants).toBeDefined();
    expect(da()(`validation.${errors.participants}`)).toBe('Linje 2: skriv navnet og e-mailadressen, fx »Anna Holm, anna@firma.dk«.');
  });

  it('files are named; e-mail addresses in use say by whom; a closed day says which and why', () => {
    expect(da()(`validation.${withDetail('file_too_big', { file: 'skærm.png', max: 25 })}`)).toBe('»skærm.png« er større end 25 MB.');
    expect(en()(`validation.${withDetail('file_kind', { file: 'tool.exe' })}`)).toMatch(/^“tool\.exe” cannot be attached/);
    expect(da()(`validation.${withDetail('too_many_attachments', { max: 10, count: 12 })}`)).toBe('For mange filer: højst 10 (12 blev valgt).');
    // The bare code (a mail's note names the file itself) still reads as a sentence with the limit in force.
    expect(da()('validation.file_too_big')).toMatch(/^Større end \d+ MB\.$/);
    expect(da()(`validation.${withDetail('email_taken', { by: 'Karen Kontakt (Basis ApS)' })}`)).toBe(
      'E-mailadressen er allerede i brug af Karen Kontakt (Basis ApS).',
    );
    expect(da()(`validation.${withDetail('already_closed', { date: 'torsdag den 24. december 2026', name: 'Juleaftensdag' })}`)).toBe(
      'Servicedesken er allerede lukket torsdag den 24. december 2026 (Juleaftensdag).',
    );
    // Without a detail the plain message still reads as a sentence.
    expect(da()('validation.already_closed')).toMatch(/^Servicedesken/);
  });
});

describe('texts', () => {
  it('"Spørg kunden" mails say that a reply to the mail works', () => {
    const s = { env: readEnv({ NODE_ENV: 'test' }), terms: () => loadTerms() } as unknown as Services;
    const question = renderMail(s, { locale: 'da', template: 'question', params: { message: 'Hvilken ordre?', title: 'X' }, case_number: 7 });
    expect(question.text).toContain('Svar blot på denne mail');
    expect(renderMail(s, { locale: 'en', template: 'question', params: { message: 'Which order?', title: 'X' }, case_number: 7 }).text).toContain(
      'Simply reply to this e-mail',
    );
  });

  it('the attachment limits say "à"', () => {
    expect(da()('attachments:allowed')).toMatch(/Højst \d+ filer à højst \d+ MB/);
  });

  it('the demo mailbox decodes encoded subjects (Q and B, several words)', () => {
    expect(decodeHeaderWords('=?UTF-8?Q?[#1042]_Vi_har_modtaget_din_henvendelse_=E2=80=93_=C3=86ndring?=')).toBe(
      '[#1042] Vi har modtaget din henvendelse – Ændring',
    );
    expect(decodeHeaderWords('=?utf-8?B?w4ZuZHJpbmc=?= =?utf-8?Q?_af_fakturaen?=')).toBe('Ændring af fakturaen');
    expect(decodeHeaderWords('Plain subject')).toBe('Plain subject');
  });

  it('the change log speaks the manager’s language: labels and units', () => {
    const fmt = formatters('da');
    expect(auditFieldLabel(da(), 'prices.hourlyRateOre')).toBe('Timepris');
    expect(auditValueText(da(), fmt, 'prices.hourlyRateOre', 95000)).toBe('950,00 kr.');
    expect(auditFieldLabel(da(), 'timers.firstResponseMinutes')).toBe('Første svar');
    expect(auditValueText(da(), fmt, 'timers.firstResponseMinutes', 480)).toBe('8 arbejdstimer');
    expect(auditValueText(da(), fmt, 'timers.reopenDays', 5)).toBe('5 arbejdsdage');
    expect(auditValueText(da(), fmt, 'timers.firstResponseWarningShare', 0.75)).toBe('75 %');
    expect(auditValueText(en(), formatters('en'), 'timers.firstResponseMinutes', 480)).toBe('8 working hours');
    expect(auditFieldLabel(da(), 'email')).toBe('E-mail');
  });

  it('the days left of a month', () => {
    expect(daysLeftInMonth('2026-12', '2026-12-07')).toBe(24);
    expect(daysLeftInMonth('2026-12', '2026-12-31')).toBe(0);
    expect(daysLeftInMonth('2026-11', '2026-12-07')).toBe(0);
    expect(daysLeftInMonth('2027-02', '2026-12-07')).toBe(28);
  });

  it('the course form’s example period lies ahead of today', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(periodExamples(now, 'da')).toEqual({ weekFrom: 1, weekTo: 3, month: 'marts 2027' }); // 4 January 2027 is in ISO week 1
    expect(periodExamples(now, 'en').month).toBe('March 2027');
  });

  it('the queue says the desk’s next step: an accepted quote is "Start arbejdet"', () => {
    expect(deskNextStepKey({ status: 'accepted', type: 'change_request', view: null })).toBe('accepted');
    expect(da()(`desk:nextStep.${deskNextStepKey({ status: 'accepted', type: 'consultancy', view: null })}`)).toBe('Start arbejdet');
    expect(deskNextStepKey({ status: 'acknowledged', type: 'course_booking', view: null })).toBe('offer');
    expect(deskNextStepKey({ status: 'in_progress', type: 'incident', view: null })).toBe('resolve');
  });

  it('closing a free resolved case says it bills nothing and can be reopened until the window ends', () => {
    const fmt = formatters('da');
    const now = Date.parse('2026-12-07T10:00:00Z');
    const until = Date.parse('2026-12-14T08:30:00Z');
    const free = closeConfirmText(42, { billedIfEndedNow: 0, reopenUntil: until, rulesVersion: 3 }, da(), fmt, now);
    expect(free).toBe(`Luk sag #42? Sagen er gratis: lukningen fakturerer intet. Den kan genåbnes til og med ${fmt.dateTime(until)}.`);
    expect(free).not.toContain('faktureres nu');
    const billed = closeConfirmText(42, { billedIfEndedNow: 31667, reopenUntil: null, rulesVersion: 3 }, da(), fmt, now);
    expect(billed).toBe('Luk sag #42? Lukningen fakturerer 316,67 kr. Den kan ikke genåbnes bagefter.');
    expect(
      closedText({ billedIfEndedNow: 0, reopenUntil: until, rulesVersion: 3 }, { reopenUntil: until, billedIfEndedNow: 0, rulesVersion: 3 }, da(), fmt),
    ).toBe(`Sagen er lukket. Der var intet at fakturere. Den kan genåbnes til og med ${fmt.dateTime(until)}.`);
  });
});

describe('several keys at once', () => {
  it('the first text that exists is used with its detail (as the admin command and pages ask)', () => {
    const key = withDetail('email_taken', { by: 'Mette Chef' });
    expect(en()([`validation.${key}`, `admin:validation.${key}`, 'validation.invalid'])).toBe('The e-mail address is already in use by Mette Chef.');
    expect(da()([`validation.nope?max=1`, 'validation.invalid'])).toBe('Ugyldig værdi.');
  });
});
