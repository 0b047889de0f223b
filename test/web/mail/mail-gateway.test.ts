// The other doors for mail: a gateway posting the raw RFC 822 message with the long-lived service token
// (MAIL_GATEWAY_TOKEN), checked against the OpenAPI document; and the SMTP listener in production dress —
// STARTTLS, AUTH required, a size limit.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { getFreePort } from '../../../platform/free-port.js';
import { startMailInbound, type MailInbound } from '../../../worker/mail-inbound/index.js';
import { tokenFor } from '../../support/api-client.js';
import { openApi, responseProblems } from '../../support/openapi-check.js';
import { baseUrl, closeTestDatabase, devServerClient, testDatabase } from '../../support/servers.js';

const raw = (from: string, subject: string, messageId = `<${randomUUID()}@gateway.example>`) =>
  new MailComposer({ from, to: 'support@desk.test', subject, text: `${subject}.`, messageId }).compile().build();

async function postRaw(body: Buffer | string, token: string, contentType = 'message/rfc822') {
  const res = await fetch(`${baseUrl()}/api/v1/inbound-mail`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });

  const json: any = await res.json();
  const problems = await responseProblems('POST', '/inbound-mail', res.status, json);
  expect(problems).toEqual([]);
  return { status: res.status, body: json };
}

describe('POST /api/v1/inbound-mail with the raw message', () => {
  beforeAll(async () => {
    await openApi();
  });

  it('takes a raw mail with the service token once per Message-ID', async () => {
    const mail = await raw('kontakt1@hypercare.test', `Gateway ${randomUUID().slice(0, 6)}`);
    const first = await postRaw(mail, inject('mailGatewayToken'));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ outcome: 'case_created', caseNumber: expect.any(Number) });
    const again = await postRaw(mail, inject('mailGatewayToken'));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ outcome: 'case_created', caseNumber: first.body.caseNumber, duplicate: true });
  });

  it('answers a staff token with the case, refuses other tokens and other bodies', async () => {
    const staff = await tokenFor('agent@desk.test');
    const res = await postRaw(await raw('kontakt1@udvidet.test', 'Med medarbejder-token'), staff);
    expect(res.status).toBe(201);
    expect(res.body.case).toMatchObject({ number: res.body.caseNumber, channel: 'mail', title: 'Med medarbejder-token' });
    expect((await postRaw(await raw('kontakt1@udvidet.test', 'x'), 'not-the-token')).status).toBe(401);
    expect((await postRaw(await raw('kontakt1@udvidet.test', 'x'), await tokenFor('kontakt1@udvidet.test'))).status).toBe(403);
    expect((await postRaw('hello', inject('mailGatewayToken'), 'text/plain')).status).toBe(415);
    const stranger = await postRaw(await raw('someone@else.example', 'Hej'), inject('mailGatewayToken'));
    expect(stranger).toEqual({ status: 200, body: { outcome: 'rejected', reason: 'unknown_sender' } });
  });
});

describe('the SMTP listener with STARTTLS, AUTH and a size limit', () => {
  let inbound: MailInbound;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-tls-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], {
      stdio: 'ignore',
    });
    port = await getFreePort();
    const s = createServices({
      db: testDatabase(),
      temporal: await devServerClient(),
      env: readEnv({
        ...process.env,
        NODE_ENV: 'test',
        MAIL_SMTP_PORT: String(port),
        MAIL_SMTP_AUTH: 'gateway:a-long-smtp-password',
        MAIL_SMTP_TLS_KEY: key,
        MAIL_SMTP_TLS_CERT: cert,
        MAIL_MAX_BYTES: String(64 * 1024),
      }),
      log: pino({ level: 'silent' }),
    });
    inbound = await startMailInbound({ services: s });
  });

  afterAll(async () => {
    await inbound?.stop();
    await closeTestDatabase();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const send = (auth: { user: string; pass: string } | undefined, text = 'Hej.') => {
    const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, auth });
    return t.sendMail({ from: 'kontakt1@basis.test', to: 'support@desk.test', subject: 'Over TLS', text }).finally(() => t.close());
  };

  it('takes mail only after STARTTLS and AUTH, and refuses mail over the size limit', async () => {
    expect(inbound.smtpPort).toBe(port);
    const anonymous = await send(undefined).catch((e: Error & { responseCode?: number }) => e);
    expect((anonymous as { responseCode?: number }).responseCode).toBe(530);
    const wrong = await send({ user: 'gateway', pass: 'wrong-password' }).catch((e: Error & { responseCode?: number }) => e);
    expect((wrong as { responseCode?: number }).responseCode).toBe(535);
    const ok = await send({ user: 'gateway', pass: 'a-long-smtp-password' });
    expect(ok.accepted).toEqual(['support@desk.test']);
    const big = await send({ user: 'gateway', pass: 'a-long-smtp-password' }, 'x'.repeat(100 * 1024)).catch((e: Error & { responseCode?: number }) => e);
    expect((big as { responseCode?: number }).responseCode).toBe(552);
  });
});
