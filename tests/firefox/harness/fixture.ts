// One Firefox per test file: `const firefox = useFirefox()` registers beforeAll/afterAll and
// gives the tests a getter for the session. Tests open their own tabs (firefox().newTab()): in
// Firefox a replica loads faster in a new tab than in a used one navigated again.
import { afterAll, beforeAll } from 'vitest';
import { type FirefoxOptions, type FirefoxSession, launchFirefox } from './browser';

export function useFirefox(options: FirefoxOptions = {}): () => FirefoxSession {
  let session: FirefoxSession | null = null;
  beforeAll(async () => {
    session = await launchFirefox(undefined, options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('Firefox not launched yet (use it inside a test)');
    return session;
  };
}
