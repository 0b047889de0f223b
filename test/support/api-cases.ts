// Small steps for JSON API tests: tokens for the demo logins, filing a request and taking a
// decision, every response checked against the OpenAPI document (checkedApi).
import { expect } from 'vitest';
import { tokenFor } from './api-client.js';
import { checkedApi } from './openapi-check.js';

export const AGENT = 'agent@desk.test';
export const MANAGER = 'manager@desk.test';
export const contact1 = (company: string) => `kontakt1@${company}.test`;
export const contact2 = (company: string) => `kontakt2@${company}.test`;
export const approver = (company: string) => `godkender@${company}.test`;

const SAMPLE_FIELDS: Record<string, Record<string, unknown>> = {
  support: { workflow: 'Fakturering', tried: 'Genstartet', expected: 'At fakturaen kan sendes' },
  incident: { since: '2025-03-03T09:00', steps: 'Åbn listen', expected: 'Listen vises', actual: 'Fejl 500', affectedUsers: 4, trained: true },
  change_request: { businessReason: 'Færre manuelle trin', priceMatters: 'yes' },
  product_idea: { value: 'Sparer tid' },
};

let counter = 0;

/** Files a request as `email` (staff add contactEmail/channel in `extra`) and expects 201. */
export async function newCase(email: string, type: string, extra: Record<string, unknown> = {}) {
  counter += 1;
  const res = await checkedApi('POST', '/cases', {
    token: await tokenFor(email),
    body: { type, title: `API ${type} ${counter} (${Date.now()})`, description: 'Beskrivelse fra API-testen.', fields: SAMPLE_FIELDS[type], ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Takes a decision and expects `status` (200 by default); returns the response. */
export async function act(email: string, number: number, action: string, body: Record<string, unknown> = {}, status = 200) {
  const res = await checkedApi('POST', `/cases/${number}/actions/${action}`, { token: await tokenFor(email), body });
  expect(res.status, `${action} on #${number} as ${email}: ${JSON.stringify(res.body)}`).toBe(status);
  return res;
}

export async function getCase(email: string, number: number) {
  return checkedApi('GET', `/cases/${number}`, { token: await tokenFor(email) });
}
