// The supervisor's side of the build (scripts/build.ts): runs it as a child process, passes its
// progress lines on, and returns its result — the compiling and bundling happen in a process of
// their own, whose memory is gone when it ends.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BuildResult } from './compile.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function runBuild(say: (line: string) => void): Promise<BuildResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts'), '--json'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let result: BuildResult | null = null;
  const errors: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) result = JSON.parse(line) as BuildResult;
    else if (!/is up to date$/.test(line)) say(line);
  });
  readline.createInterface({ input: child.stderr! }).on('line', (line) => errors.push(line));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`the build failed (exit code ${code}): ${errors.slice(0, 20).join('\n') || 'no output'}`));
    });
  });
}
