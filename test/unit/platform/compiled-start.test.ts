// `npm start` runs compiled JavaScript (platform/build/compile.ts): how a child is started from a
// build or from the sources, which node flags the supervisor passes on, and when a build is stale.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childCommand } from '../../../platform/supervision/node-child.js';
import { manifestOf, sourceFiles, SOURCE_FOLDERS } from '../../../platform/build/compile.js';

describe('a supervised child', () => {
  it('runs the compiled entry with plain node when given a build — no TypeScript loader', () => {
    const cmd = childCommand({ entry: 'web/main.ts', build: '/srv/desk/.build' }, []);
    expect(cmd).toEqual([path.join('/srv/desk/.build', 'web/main.js')]);
    expect(cmd.join(' ')).not.toMatch(/tsx/);
  });

  it('runs the TypeScript source through tsx without a build', () => {
    const cmd = childCommand({ entry: 'worker/main.ts' }, []);
    expect(cmd[0]).toBe('--import');
    expect(cmd[1]).toMatch(/tsx/);
    expect(cmd[2]).toMatch(/worker[\\/]main\.ts$/);
  });

  it("gets the supervisor's profiling flags and no others", () => {
    const cmd = childCommand({ entry: 'web/main.ts', build: '/b' }, ['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--import', 'tsx', '--inspect']);
    expect(cmd).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/p', path.join('/b', 'web/main.js')]);
  });
});

describe('the build of the sources', () => {
  it('covers every folder a process loads from, and no tests or scripts', () => {
    const files = sourceFiles();
    expect(files.some((f) => f.rel === path.join('web', 'main.ts'))).toBe(true);
    expect(files.some((f) => f.rel === path.join('workflows', 'index.ts'))).toBe(true);
    expect(new Set(files.map((f) => f.rel.split(path.sep)[0]))).toEqual(new Set(SOURCE_FOLDERS));
  });

  it('is made again when any source file changes its size or time, and reused otherwise', () => {
    const files = sourceFiles();
    const manifest = manifestOf(files);
    expect(manifestOf(files.map((f) => ({ ...f })))).toBe(manifest);
    const touched = files.map((f, i) => (i === 7 ? { ...f, mtimeMs: f.mtimeMs + 1 } : f));
    expect(manifestOf(touched)).not.toBe(manifest);
    const grown = files.map((f, i) => (i === 7 ? { ...f, size: f.size + 1 } : f));
    expect(manifestOf(grown)).not.toBe(manifest);
    expect(manifestOf(files.slice(1))).not.toBe(manifest);
  });
});
