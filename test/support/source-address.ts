// Each test file talks to the product from a loopback address of its own (127.x.y.z, from a hash of
// the file's path), so what the product counts per client address — the login limits above all —
// never carries over from one test file's deliberate wrong passwords to the next file's logins.
// Browser tests keep 127.0.0.1.
import { createHash } from 'node:crypto';
import { Agent, fetch as undiciFetch } from 'undici';
import { expect } from 'vitest';

const agents = new Map<string, Agent>();

/** The test file running now; benchmark scripts use these helpers outside vitest, where there is none. */
function testPath(): string {
  try {
    return expect.getState().testPath ?? 'outside a test';
  } catch {
    return 'outside a test';
  }
}

/** The client address of the test file running now. */
export function sourceAddress(): string {
  const file = testPath();
  const [a, b, c] = createHash('sha256').update(file).digest();
  return `127.${1 + (a! % 250)}.${1 + (b! % 250)}.${2 + (c! % 250)}`;
}

function agentFor(address: string): Agent {
  let agent = agents.get(address);
  if (!agent) agents.set(address, (agent = new Agent({ localAddress: address })));
  return agent;
}

/** fetch from the running test file's own address. */
export const fetchFromOwnAddress = ((input: string, init?: Parameters<typeof undiciFetch>[1]) =>
  undiciFetch(input, { ...init, dispatcher: agentFor(sourceAddress()) })) as unknown as typeof fetch;
