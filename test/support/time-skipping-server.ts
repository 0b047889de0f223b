// The time-skipping test server for a workflow test. The SDK starts it and gives it a fixed 5 s to
// answer, which a loaded machine (several test runs on two cores) can miss; then the server is started
// here with a minute to come up, and the test environment connects to it as the SDK would have.
import { spawn, type ChildProcess } from 'node:child_process';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { getFreePort, isPortOpen } from '../../platform/free-port.js';

type Create = (opts: { server: { type: 'existing' }; address: string; supportsTimeSkipping: true; namespace: string }) => Promise<TestWorkflowEnvironment>;

async function startOwn(executable: string, log: (line: string) => void): Promise<TestWorkflowEnvironment> {
  const port = await getFreePort();
  const child: ChildProcess = spawn(executable, [String(port)], { stdio: 'ignore' });
  const until = Date.now() + 60_000;
  while (!(await isPortOpen(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the time-skipping test server did not start within 60 s (exit code ${child.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`time-skipping test server started on port ${port} after the SDK's start-up deadline was missed`);
  // The SDK's own constructor for an environment on a server that is already running (private in its types).
  const create = (TestWorkflowEnvironment as unknown as { create: Create }).create.bind(TestWorkflowEnvironment);
  const env = await create({ server: { type: 'existing' }, address: `127.0.0.1:${port}`, supportsTimeSkipping: true, namespace: 'default' });
  const teardown = env.teardown.bind(env);
  env.teardown = async () => {
    await teardown();
    child.kill('SIGKILL');
  };
  return env;
}

/** A time-skipping environment on the provisioned test server binary. */
export async function startTimeSkippingServer(executable: string, log: (line: string) => void = () => {}): Promise<TestWorkflowEnvironment> {
  try {
    return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: executable } } });
  } catch (err) {
    if (!/did not start within/.test(String(err))) throw err;
    return startOwn(executable, log);
  }
}
