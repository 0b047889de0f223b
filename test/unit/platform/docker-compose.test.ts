// Validates docker-compose.yml with a real `docker-compose` (Debian's package; no Docker engine needed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASE_SEARCH_ATTRIBUTES } from '../../../platform/temporal/search-attributes.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function compose(...args: string[]) {
  const res = spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COMPOSE_PROJECT_NAME: 'service-desk-test' },
  });
  if ((res.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('docker-compose is not installed: run `apt-get install -y docker-compose` (CI installs it)');
  }
  if (res.error) throw res.error;
  return res;
}

/** A plain (possibly folded over several lines) scalar value of `key` in YAML text. */
function yamlScalar(yaml: string, key: string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  if (at < 0) return '';
  const indent = lines[at].length - lines[at].trimStart().length;
  const parts = [lines[at].trimStart().slice(key.length + 1)];
  for (const l of lines.slice(at + 1)) {
    if (l.length - l.trimStart().length <= indent) break;
    parts.push(l);
  }
  return parts.join(' ').trim();
}

describe('docker-compose.yml', () => {
  it('is valid (`docker-compose config -q` exits 0)', () => {
    const res = compose('config', '-q');
    expect(res.status, res.stderr).toBe(0);
  });

  it('defines the app, Temporal and UI services', () => {
    const res = compose('config', '--services');
    expect(res.status, res.stderr).toBe(0);
    const services = res.stdout
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(services).toEqual(expect.arrayContaining(['postgres', 'temporal', 'temporal-ui', 'web', 'worker', 'mail']));
  });

  it('runs the web, worker and mail entrypoints and registers every case search attribute', () => {
    const res = compose('config');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('web/main.ts');
    expect(res.stdout).toContain('worker/main.ts');
    expect(res.stdout).toContain('worker/mail-main.ts');
    const registered = yamlScalar(res.stdout, 'SEARCH_ATTRIBUTES').split(/\s+/);
    for (const a of CASE_SEARCH_ATTRIBUTES) expect(registered).toContain(`${a.name}=${a.type}`);
  });

  it('runs the web replicas behind nginx as a trusted proxy: TRUST_PROXY=1, cookies secure by the forwarded scheme', () => {
    const res = compose('config');
    expect(res.status, res.stderr).toBe(0);
    const web = res.stdout.slice(res.stdout.indexOf('\n  web:'), res.stdout.indexOf('\n  worker:'));
    expect(yamlScalar(web, 'TRUST_PROXY')).toMatch(/^'?1'?$/);
    expect(yamlScalar(web, 'COOKIE_SECURE')).toBe('auto');
    // Only nginx reaches the web replicas (they publish no port), and it appends the client's address.
    expect(web).not.toMatch(/\n {4}ports:/);
    expect(res.stdout).toContain('proxy_set_header X-Forwarded-For $$proxy_add_x_forwarded_for;');
    expect(res.stdout).toContain('proxy_set_header X-Forwarded-Proto $$scheme;');
  });
});
