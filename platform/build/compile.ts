// The product compiled to JavaScript, for `npm start`: every TypeScript file of the product's folders
// transpiled one by one with esbuild (no bundling, no type check — that is `npm run lint`) into a
// git-ignored folder (.build/<hash of the sources>/) of the same layout, every other file there as a
// link to its source (views, texts, static files, JSON settings), and the prebuilt workflow bundle.
// A build is reused while no source changed (the hash covers every source file's path, size and
// mtime); otherwise a new one is made in a folder of its own and renamed into place whole, so a
// process never runs a half-written build, two starts at once do not clash, and a product still
// running from an older build keeps its files (the last KEEP builds are kept). Node then runs plain
// JavaScript: no TypeScript loader in the processes that do the work.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the builds go, each in a folder named after the hash of its sources. */
export const BUILDS_DIR = path.join(ROOT, '.build');
/** Builds kept: the newest, and older ones a product started earlier may still be running from. */
const KEEP = 3;
/** The folders the product's processes load code and files from. */
export const SOURCE_FOLDERS = ['activities', 'config', 'db', 'domain', 'i18n', 'platform', 'services', 'web', 'worker', 'workflows'] as const;
/** Where the prebuilt workflow bundle goes inside a build. */
export const BUNDLE_FILE = 'workflow-bundle.js';
/** Raised when the layout of a build changes, so older builds are made again. */
const FORMAT = 1;

export interface BuildResult {
  dir: string;
  /** the workflow bundle's file */
  workflowBundle: string;
  /** false when the existing build was up to date */
  built: boolean;
  ms: number;
  files: number;
}

interface SourceFile {
  rel: string;
  size: number;
  mtimeMs: number;
}

function walk(rel: string, out: SourceFile[]): void {
  for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) walk(child, out);
    else if (entry.isFile()) {
      const st = fs.statSync(path.join(ROOT, child));
      out.push({ rel: child, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
}

export function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const folder of SOURCE_FOLDERS) walk(folder, files);
  return files.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/** What a build was made from: every source file's path, size and mtime, the lock file's, esbuild's version and the layout. */
export function manifestOf(files: SourceFile[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\nesbuild ${esbuildVersion}\n`);
  for (const extra of ['package-lock.json', 'tsconfig.json']) {
    const st = fs.statSync(path.join(ROOT, extra));
    hash.update(`${extra} ${st.size} ${st.mtimeMs}\n`);
  }
  for (const f of files) hash.update(`${f.rel} ${f.size} ${f.mtimeMs}\n`);
  return hash.digest('hex');
}

const isTypeScript = (rel: string) => rel.endsWith('.ts') && !rel.endsWith('.d.ts');

/**
 * Makes sure BUILDS_DIR holds a build of the current sources; `say` gets one line of progress.
 * `bundle` builds the workflow bundle (it takes a few seconds) — given by the caller so this file
 * does not load the Temporal SDK's bundler when nothing is to be done.
 */
export async function ensureBuild(say: (line: string) => void, bundle: (file: string) => Promise<void>): Promise<BuildResult> {
  const started = Date.now();
  const files = sourceFiles();
  const manifest = manifestOf(files);
  const dir = path.join(BUILDS_DIR, manifest.slice(0, 16));
  const workflowBundle = path.join(dir, BUNDLE_FILE);
  if (readManifest(dir) === manifest) {
    fs.utimesSync(dir, new Date(), new Date()); // in use again: the newest, kept longest
    return { dir, workflowBundle, built: false, ms: Date.now() - started, files: files.length };
  }

  say(`compiling the TypeScript sources into ${path.relative(process.cwd(), BUILDS_DIR) || BUILDS_DIR}/…`);
  fs.mkdirSync(BUILDS_DIR, { recursive: true });
  const temp = fs.mkdtempSync(path.join(BUILDS_DIR, '.tmp-'));
  fs.chmodSync(temp, 0o755); // readable by whoever runs it (a container's user)
  try {
    const typescript = files.filter((f) => isTypeScript(f.rel));
    await build({
      entryPoints: typescript.map((f) => path.join(ROOT, f.rel)),
      outdir: temp,
      outbase: ROOT,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'silent',
    });
    for (const f of files.filter((x) => !isTypeScript(x.rel))) {
      const target = path.join(temp, f.rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.symlinkSync(path.relative(path.dirname(target), path.join(ROOT, f.rel)), target);
    }
    await bundle(path.join(temp, BUNDLE_FILE));
    fs.writeFileSync(path.join(temp, '.manifest'), manifest);
    moveInto(temp, dir);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  prune(dir);
  const ms = Date.now() - started;
  say(`compiled ${files.length} files in ${(ms / 1000).toFixed(1)} s`);
  return { dir, workflowBundle, built: true, ms, files: files.length };
}

function readManifest(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, '.manifest'), 'utf8');
  } catch {
    return null;
  }
}

/** Renames the finished build into place; when another start finished the same build first, keeps that one. */
function moveInto(temp: string, dir: string): void {
  try {
    fs.renameSync(temp, dir);
  } catch (err) {
    if (readManifest(dir) === null) throw err;
  }
}

/** Removes all but the KEEP most recently used builds (and unfinished ones an interrupted start left), never `current`. */
function prune(current: string): void {
  const builds = fs
    .readdirSync(BUILDS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(BUILDS_DIR, e.name))
    .map((dir) => ({ dir, mtimeMs: fs.statSync(dir).mtimeMs, finished: readManifest(dir) !== null }));
  const hour = 3_600_000;
  const stale = builds.filter((b) => !b.finished && b.mtimeMs < Date.now() - hour);
  const old = builds
    .filter((b) => b.finished && b.dir !== current)
    .sort((a, b) => b.mtimeMs - a.mtimeMs)
    .slice(KEEP - 1);
  for (const b of [...stale, ...old]) fs.rmSync(b.dir, { recursive: true, force: true });
}
