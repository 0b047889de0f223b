// Small rules of signing in (issue 25): the slow-down of wrong passwords, who must have a second
// factor, the device named from a user agent, recovery codes as typed, and the charset text
// attachments are served with.
import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, slowDownSeconds } from '../../web/auth/login-limits.js';
import { secondFactorRequired } from '../../services/people/second-factor/policy.js';
import { normalRecoveryCode } from '../../services/people/second-factor/recovery-codes.js';
import { deviceOf } from '../../domain/user-agent.js';
import { servedContentType } from '../../domain/served-type.js';
import { readEnv } from '../../config/env.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

describe('the slow-down of failed sign-ins on one address', () => {
  it('is nothing below 10 failures, then 1, 2, 4 … seconds, never more than 60', () => {
    expect([0, 1, 9].map(slowDownSeconds)).toEqual([0, 0, 0]);
    expect([10, 11, 12, 13, 15].map(slowDownSeconds)).toEqual([1, 2, 4, 8, 32]);
    expect([16, 17, 100, 10_000].map(slowDownSeconds)).toEqual([60, 60, 60, 60]);
    expect(LOGIN_LIMITS.perEmail).toBe(10);
  });
});

describe('REQUIRE_2FA', () => {
  it('staff: agents and desk managers; all: everyone; off: nobody', () => {
    const roles = ['contact', 'approver', 'agent', 'manager'] as const;
    const who = (v: 'staff' | 'all' | 'off') => roles.filter((role) => secondFactorRequired({ REQUIRE_2FA: v }, { role }));
    expect(who('staff')).toEqual(['agent', 'manager']);
    expect(who('all')).toEqual([...roles]);
    expect(who('off')).toEqual([]);
  });

  it('defaults to staff in production and off otherwise (demo, development, tests)', () => {
    const production = readEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS });
    expect(production.REQUIRE_2FA).toBe('staff');
    expect(readEnv({ NODE_ENV: 'development' }).REQUIRE_2FA).toBe('off');
    expect(readEnv({ NODE_ENV: 'test' }).REQUIRE_2FA).toBe('off');
    expect(() => readEnv({ REQUIRE_2FA: 'some' })).toThrow(/REQUIRE_2FA/);
  });

  it('single sign-on needs all three OIDC variables', () => {
    expect(() => readEnv({ OIDC_ISSUER: 'https://login.example.com' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/);
    expect(readEnv({ OIDC_ISSUER: 'https://login.example.com', OIDC_CLIENT_ID: 'desk', OIDC_CLIENT_SECRET: 's' }).OIDC_CLIENT_ID).toBe('desk');
    expect(() => readEnv({ OIDC_ISSUER: 'login.example.com', OIDC_CLIENT_ID: 'desk', OIDC_CLIENT_SECRET: 's' })).toThrow(/issuer URL/);
  });
});

describe('a device as a person recognises it', () => {
  it('names the common browsers and systems, and a program by its own name', () => {
    const cases: [string, ReturnType<typeof deviceOf>][] = [
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
        { browser: 'Chrome', system: 'Windows' },
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
        { browser: 'Edge', system: 'Windows' },
      ],
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
        { browser: 'Safari', system: 'iPhone' },
      ],
      ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', { browser: 'Firefox', system: 'Linux' }],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
        { browser: 'Safari', system: 'macOS' },
      ],
      ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', { browser: 'Chrome', system: 'Linux' }],
      ['curl/8.5.0', { browser: 'curl', system: null }],
      ['', { browser: null, system: null }],
    ];
    for (const [ua, device] of cases) expect(deviceOf(ua), ua).toEqual(device);
  });
});

describe('recovery codes as typed', () => {
  it('ignores case, spaces and dashes; anything else is not a code', () => {
    expect(normalRecoveryCode('K7M2Q 9XW4T')).toBe('k7m2q-9xw4t');
    expect(normalRecoveryCode('k7m2q9xw4t')).toBe('k7m2q-9xw4t');
    expect(normalRecoveryCode('k7m2q-9xw4')).toBeNull();
    expect(normalRecoveryCode(123)).toBeNull();
  });
});

describe('the type a text attachment is served with', () => {
  it('says the charset: UTF-8 when the bytes are, else Windows-1252; other types as they are', () => {
    expect(servedContentType('text/plain', new TextEncoder().encode('Æblegrød'))).toBe('text/plain; charset=utf-8');
    expect(servedContentType('text/csv', Uint8Array.from([0xc6, 0x62, 0x6c, 0x65]))).toBe('text/csv; charset=windows-1252');
    expect(servedContentType('image/png', new Uint8Array([1, 2]))).toBe('image/png');
  });
});

describe('the passkey helper the pages load', () => {
  it('is the pinned @simplewebauthn/browser bundle, byte for byte (served from web/public/vendor/: CSP script-src self)', async () => {
    const { readFileSync } = await import('node:fs');
    const served = readFileSync('web/public/vendor/simplewebauthn-browser.umd.min.js');
    const pinned = readFileSync('node_modules/@simplewebauthn/browser/dist/bundle/index.umd.min.js');
    expect(served.equals(pinned)).toBe(true);
  });
});
