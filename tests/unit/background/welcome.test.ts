import { describe, expect, it, vi } from 'vitest';
import { opensWelcome, welcomeOnInstall } from '../../../src/background/welcome';

const URL = 'chrome-extension://id/welcome.html';

describe('welcome page on install', () => {
  it('opens only for a fresh install', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
      expect(opensWelcome({ reason }), reason).toBe(false);
    }
  });

  it('opens the page once on install and never on an update or a browser update', async () => {
    const open = vi.fn(async (_url: string) => ({}));
    const listener = welcomeOnInstall(open, URL);
    await listener({ reason: 'update' });
    await listener({ reason: 'chrome_update' });
    expect(open).not.toHaveBeenCalled();
    await listener({ reason: 'install' });
    expect(open.mock.calls).toEqual([[URL]]);
  });

  it('a tab that cannot be opened fails nothing', async () => {
    const open = vi.fn(async () => {
      throw new Error('No current window');
    });
    await expect(welcomeOnInstall(open, URL)({ reason: 'install' })).resolves.toBeUndefined();
    expect(open).toHaveBeenCalledTimes(1);
  });
});
