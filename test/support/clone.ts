// A fresh clone of this repository, as a new user would make it: `git clone` into a private (0700)
// folder, then `npm ci`. It checks out a snapshot of the working tree (tracked and new files, as
// `git add -A` would take them) so the test runs the code on disk, committed or not.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface Clone {
  /** The 0700 folder made by mkdtemp, holding the clone. */
  parent: string;
  dir: string;
}

/** A commit of the working tree as it is, made with a temporary index (HEAD, index and files untouched). */
function snapshotCommit(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: path.join(tmp, 'index') };
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, env, encoding: 'utf8' }).trim();
    git('read-tree', 'HEAD');
    git('add', '-A');
    return git('commit-tree', git('write-tree'), '-p', 'HEAD', '-m', 'working tree snapshot for a clone test');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function cloneIntoPrivateFolder(log: (line: string) => void): Promise<Clone> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-clone-'));
  fs.chmodSync(parent, 0o700);
  const dir = path.join(parent, 'service-desk');
  const commit = snapshotCommit();
  const git = (...args: string[]) => execFileSync('git', args, { stdio: 'pipe' });
  git('clone', '--quiet', '--no-checkout', REPO, dir);
  git('-C', dir, 'fetch', '--quiet', REPO, commit);
  git('-C', dir, 'checkout', '--quiet', commit);
  const started = Date.now();
  await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  log(`npm ci in the clone took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { parent, dir };
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out.slice(-3000)}`))));
  });
}
