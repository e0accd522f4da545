import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getRecoveries, recordRecovery } from '../../../src/storage/recoveries';
import { RecoveryNotice } from '../../../src/ui/options/RecoveryNotice';

describe('RecoveryNotice', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows nothing while nothing was reset', async () => {
    const { container } = render(<RecoveryNotice />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });

  it('lists recoveries as they are recorded, newest first, and Dismiss clears the log', async () => {
    await recordRecovery('local:notes', [''], 1_700_000_000_000);
    render(<RecoveryNotice />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('unsent notes: reset to defaults');

    // Found by another page (or the background) while this one is open.
    await recordRecovery('local:settings', ['pauseSeconds'], 1_700_000_100_000);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain(
      'settings: pause length reset',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await getRecoveries()).toEqual([]);
  });
});
