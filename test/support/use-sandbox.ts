import { startSandbox, type Sandbox, type SandboxOptions } from '@pim/bigcommerce-sandbox';

/**
 * One sandbox for the test file: started before the first test, closed after the last, with
 * faults and the request log cleared after every test. Call the returned function inside tests.
 */
export function useSandbox(options: SandboxOptions): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
  });
  afterAll(async () => sandbox?.close());
  afterEach(() => {
    sandbox?.clearFaults();
    sandbox?.clearRequests();
  });
  return () => {
    if (sandbox === undefined) throw new Error('The sandbox is only available inside tests.');
    return sandbox;
  };
}
