// `npm run build`: compiles the product to JavaScript in .build/ (platform/build/compile.ts) with its
// prebuilt workflow bundle, unless the existing build is of the current sources. `npm start` runs it
// as a process of its own before starting its children (so the supervisor never holds the bundler's
// memory); the container image runs it once. Progress goes to stdout; with `--json` the last line is
// the result as JSON (what the supervisor reads).
import { ensureBuild } from '../platform/build/compile.js';

const json = process.argv.includes('--json');
const say = (line: string) => process.stdout.write(`${line}\n`);
try {
  // The Temporal SDK's bundler is loaded only when a build is to be made (a start with nothing changed skips it).
  const result = await ensureBuild(say, async (file) => void (await (await import('../worker/workflow-code.js')).writeWorkflowBundle(file)));
  if (!result.built) say(`the compiled code in ${result.dir} is up to date`);
  if (json) say(JSON.stringify(result));
} catch (err) {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
}
