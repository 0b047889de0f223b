// The desk's own SMTP listener (smtp-server): accepts mail addressed to the desk's addresses only,
// within the size limit, with AUTH (MAIL_SMTP_AUTH) and STARTTLS (MAIL_SMTP_TLS_KEY/CERT) when
// configured. A mail is answered "250" only once it is stored: from then on it cannot be lost.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { deskAddresses } from '../../config/env.js';
import type { Services } from '../../services/context.js';
import { storeInboundMail } from '../../services/mail/inbound-store.js';
import { sameSecret } from '../../services/mail/gateway-token.js';

export interface SmtpListener {
  port: number;
  stop(): Promise<void>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

export async function startSmtpListener(s: Services, onStored: (id: number) => void): Promise<SmtpListener> {
  const accepted = new Set(deskAddresses(s.env));
  const [authUser, ...authPass] = (s.env.MAIL_SMTP_AUTH ?? '').split(':');
  const tls = s.env.MAIL_SMTP_TLS_KEY && s.env.MAIL_SMTP_TLS_CERT;
  const options: SMTPServerOptions = {
    name: s.env.MAIL_FROM.replace(/.*@/, '').replace(/>.*/, '') || undefined,
    banner: 'service desk',
    logger: false,
    size: s.env.MAIL_MAX_BYTES,
    maxClients: 100,
    socketTimeout: 60_000,
    authOptional: !authUser,
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: !tls,
    disabledCommands: [...(tls ? [] : ['STARTTLS']), ...(authUser ? [] : ['AUTH'])],
    ...(tls ? { key: fs.readFileSync(s.env.MAIL_SMTP_TLS_KEY!), cert: fs.readFileSync(s.env.MAIL_SMTP_TLS_CERT!) } : {}),
    onAuth(auth, _session, callback) {
      const ok = sameSecret(auth.username ?? '', authUser) && sameSecret(auth.password ?? '', authPass.join(':'));
      callback(ok ? null : smtpError('authentication failed', 535), ok ? { user: authUser } : undefined);
    },
    onRcptTo(address, _session, callback) {
      if (accepted.has(address.address.trim().toLowerCase())) return callback();
      callback(smtpError(`<${address.address}>: no such mailbox here (only ${[...accepted].join(', ')})`, 550));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(`message exceeds the limit of ${s.env.MAIL_MAX_BYTES} bytes`, 552));
        const mailFrom = session.envelope.mailFrom;
        storeInboundMail(s, Buffer.concat(chunks), 'smtp', mailFrom ? mailFrom.address : null)
          .then((stored) => {
            callback();
            if (!stored.duplicate) onStored(stored.id);
          })
          .catch((err: Error) => {
            s.log.error({ err }, 'inbound mail could not be stored');
            callback(smtpError('temporarily unable to store the message, try again later', 451));
          });
      });
    },
  };
  const server = new SMTPServer(options);
  server.on('error', (err) => s.log.warn({ err }, 'SMTP listener connection error'));
  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error) =>
      reject(
        new Error(`the SMTP listener cannot listen on ${s.env.MAIL_SMTP_HOST}:${s.env.MAIL_SMTP_PORT} (${err.message}); set MAIL_SMTP_PORT (0 turns it off)`),
      );
    server.server.once('error', failed);
    server.listen(s.env.MAIL_SMTP_PORT, s.env.MAIL_SMTP_HOST, () => {
      server.server.off('error', failed);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
