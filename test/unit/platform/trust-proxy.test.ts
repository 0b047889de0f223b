// TRUST_PROXY and COOKIE_SECURE as the configuration reads them (config/trust-proxy.ts, config/env.ts).
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../../config/trust-proxy.js';
import { readEnv } from '../../../config/env.js';

describe('TRUST_PROXY', () => {
  it('trusts nothing by default, so a client cannot name its own address', () => {
    for (const v of [undefined, '', 'false', 'off', '0', ' FALSE ']) expect(parseTrustProxy(v)).toBe(false);
    expect(readEnv({}).TRUST_PROXY).toBe(false);
  });

  it('takes a hop count or proxy addresses, CIDR ranges and the named ranges', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.5, 172.16.0.0/12,uniquelocal , ::1, fd00::/8')).toEqual(['10.0.0.5', '172.16.0.0/12', 'uniquelocal', '::1', 'fd00::/8']);
    expect(readEnv({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
  });

  it('refuses `true` and anything that is not an address or range, naming it', () => {
    expect(parseTrustProxy('true')).toMatchObject({ error: expect.stringContaining('number of proxies') });
    expect(parseTrustProxy('10.0.0.0/33, nginx')).toMatchObject({ error: expect.stringContaining('10.0.0.0/33, nginx') });
    expect(() => readEnv({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});

describe('COOKIE_SECURE and API_TOKEN_HOURS', () => {
  it('COOKIE_SECURE is on/off or auto (decided per request by the scheme the trusted proxy reports)', () => {
    expect(readEnv({ COOKIE_SECURE: 'auto' }).COOKIE_SECURE).toBe('auto');
    expect(readEnv({ COOKIE_SECURE: 'off' }).COOKIE_SECURE).toBe(false);
    expect(readEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS }).COOKIE_SECURE).toBe(true);
  });

  it('API tokens last 30 days unless configured', () => {
    expect(readEnv({}).API_TOKEN_HOURS).toBe(720);
    expect(readEnv({ API_TOKEN_HOURS: '12' }).API_TOKEN_HOURS).toBe(12);
    expect(() => readEnv({ API_TOKEN_HOURS: '0' })).toThrow(/API_TOKEN_HOURS/);
  });
});
