// Sends queued notifications (the outbox) by SMTP (SMTP_URL), in each recipient's language.
// Without SMTP_URL the mails are written to the log instead, so nothing is lost in development.
// Several dispatchers may run at once: rows are claimed with FOR UPDATE SKIP LOCKED.
import nodemailer, { type Transporter } from 'nodemailer';
import { QueryTypes } from 'sequelize';
import type { Services } from '../services/context.js';
import { publicUrl } from '../config/env.js';
import { initI18n, isLocale, translator } from '../i18n/index.js';
import { formatOre } from '../domain/money.js';

const BATCH = 20;
const MAX_ATTEMPTS = 8;

interface Row {
  id: number;
  email: string;
  locale: string;
  template: string;
  params: Record<string, unknown>;
  case_number: number | null;
  attempts: number;
}

export interface MailDispatcher {
  /** Sends what is due now; returns how many mails were sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export function renderMail(s: Services, row: Pick<Row, 'locale' | 'template' | 'params' | 'case_number'>): { subject: string; text: string } {
  const locale = isLocale(row.locale) ? row.locale : 'da';
  const t = translator(locale);
  const params: Record<string, unknown> = { ...row.params };
  if (typeof params.priceOre === 'number') params.price = formatOre(params.priceOre, locale);
  if (typeof params.type === 'string') params.typeName = t(`types.${params.type}`);
  const link = row.case_number ? `${publicUrl(s.env)}/case/${row.case_number}` : '';
  const subject = t(`mail:${row.template}.subject`, params);
  const body = t(`mail:${row.template}.body`, params);
  const text = [t('mail:greeting'), '', body, ...(link ? ['', t('mail:link', { link })] : []), '', t('mail:signature')].join('\n');
  return { subject: row.case_number ? `[#${row.case_number}] ${subject}` : subject, text };
}

export function startMailDispatcher(s: Services, opts: { intervalMs?: number } = {}): MailDispatcher {
  const transport: Transporter = s.env.SMTP_URL ? nodemailer.createTransport(s.env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function runOnce(): Promise<number> {
    await initI18n();
    let sent = 0;
    await s.db.sequelize.transaction(async (transaction) => {
      const rows = await s.db.sequelize.query<Row>(
        `SELECT id, email, locale, template, params, case_number, attempts FROM notifications
         WHERE sent_at IS NULL AND attempts < :max AND created_at <= now() - (attempts * attempts) * interval '30 seconds'
         ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED`,
        { type: QueryTypes.SELECT, transaction, replacements: { max: MAX_ATTEMPTS, batch: BATCH } },
      );
      for (const row of rows) {
        try {
          const mail = renderMail(s, row);
          const info = await transport.sendMail({ from: s.env.MAIL_FROM, to: row.email, subject: mail.subject, text: mail.text });
          if (!s.env.SMTP_URL) s.log.info({ to: row.email, subject: mail.subject, messageId: info.messageId }, 'mail (no SMTP_URL set: logged, not sent)');
          await s.db.sequelize.query('UPDATE notifications SET sent_at = now(), attempts = attempts + 1 WHERE id = :id', {
            transaction,
            replacements: { id: row.id },
          });
          sent++;
        } catch (err) {
          s.log.warn({ err, id: row.id }, 'mail could not be sent; will retry');
          await s.db.sequelize.query('UPDATE notifications SET attempts = attempts + 1, last_error = :error WHERE id = :id', {
            transaction,
            replacements: { id: row.id, error: String((err as Error).message).slice(0, 500) },
          });
        }
      }
    });
    return sent;
  }

  const tick = () => {
    if (stopped) return;
    running = runOnce()
      .catch((err) => {
        s.log.warn({ err }, 'mail dispatch failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 2000);
      });
  };
  timer = setTimeout(tick, 500);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
