// Requests Node's HTTP parser refuses before Express sees them — headers or an address over the size
// limit (431), bytes that are not HTTP (400), a request not sent in time (408) — answered in the
// product's shape instead of Node's bare status line: `{error}` JSON for the API, otherwise a small
// error page in both languages (there is no session to pick one by).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { translator } from '../i18n/index.js';

interface ParserError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

const statusOf = (err: ParserError) => (err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The answer's content type and body. */
export function clientErrorBody(status: 400 | 408 | 431, api: boolean): { type: string; body: string } {
  const [da, en] = [translator('da'), translator('en')];
  if (api) return { type: 'application/json; charset=utf-8', body: JSON.stringify({ error: en(`connection:${status}.text`) }) };
  const body = [
    '<!doctype html>',
    `<html lang="da"><head><meta charset="utf-8"><title>${escape(da(`connection:${status}.title`))}</title><link rel="stylesheet" href="/static/style.css"></head>`,
    '<body><main id="main" class="page"><section class="card narrow error-page">',
    `<p class="status-code">${status}</p>`,
    `<h1>${escape(da(`connection:${status}.title`))}</h1><p>${escape(da(`connection:${status}.text`))}</p>`,
    `<h2 lang="en">${escape(en(`connection:${status}.title`))}</h2><p lang="en">${escape(en(`connection:${status}.text`))}</p>`,
    '<p><a class="button" href="/">Service desk</a></p>',
    '</section></main></body></html>',
  ].join('\n');
  return { type: 'text/html; charset=utf-8', body };
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: ParserError, socket: Socket) => {
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const status = statusOf(err);
    const api = /^[A-Z]+ \/api\//.test(err.rawPacket?.subarray(0, 64).toString('latin1') ?? '');
    const { type, body } = clientErrorBody(status, api);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
