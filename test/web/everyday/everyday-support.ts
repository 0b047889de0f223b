// Steps the everyday-tools tests share: a resolved case, a multipart message through the API (every
// answer checked against the OpenAPI document), and the decision with an If-Match header.
import { expect } from 'vitest';
import { tokenFor, type ApiResponse } from '../../support/api-client.js';
import { AGENT, act, newCase } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { baseUrl } from '../../support/servers.js';
import { fetchFromOwnAddress } from '../../support/source-address.js';

/** A support case filed by `contact`, taken through to `resolved` by the agent. */
export async function resolvedCase(contact: string): Promise<number> {
  const c = await newCase(contact, 'support');
  await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
  await act(AGENT, c.number, 'qualify', {});
  await act(AGENT, c.number, 'resolve', { summary: 'Sådan gør du.' });
  return c.number;
}

/** POST /cases/{n}/messages as multipart with files, as `email`. */
export async function postFiles(
  email: string,
  number: number,
  fields: Record<string, string>,
  files: [string, Buffer][],
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [name, data] of files) form.append('attachments', new Blob([data], { type: 'application/octet-stream' }), name);
  const res = await fetchFromOwnAddress(`${baseUrl()}/api/v1/cases/${number}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(email)}`, ...headers },
    body: form,
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, body, headers: res.headers };
}

/** A decision with If-Match: `status` expected. */
export async function actIfMatch(email: string, number: number, action: string, body: Record<string, unknown>, ifMatch: string, status: number) {
  const res = await checkedApi('POST', `/cases/${number}/actions/${action}`, { token: await tokenFor(email), body, headers: { 'if-match': ifMatch } });
  expect(res.status, `${action} with If-Match ${ifMatch}: ${JSON.stringify(res.body)}`).toBe(status);
  return res;
}
