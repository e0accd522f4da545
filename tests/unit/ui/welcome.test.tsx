import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { openOptionsPage } from '../../../src/ui/data/navigation';
import * as settingsData from '../../../src/ui/data/settings';
import { WelcomeApp } from '../../../src/ui/welcome/WelcomeApp';
import { installFakeSettings } from './fakes';

vi.mock('../../../src/ui/data/settings');
vi.mock('../../../src/ui/data/navigation');

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('welcome page', () => {
  it('switches a site off and on again through the settings', async () => {
    const store = installFakeSettings();
    render(<WelcomeApp />);
    const messenger = await screen.findByRole('switch', { name: 'Guard on Messenger' });
    fireEvent.click(messenger);
    await waitFor(() =>
      expect(store.current.sites).toEqual({
        whatsapp: true,
        messenger: false,
        'google-messages': true,
        instagram: true,
        telegram: true,
      }),
    );
    expect(await screen.findByText('All changes saved')).toBeTruthy();
    fireEvent.click(messenger);
    await waitFor(() => expect(store.current).toEqual(DEFAULT_SETTINGS));
  });

  it('says so when the settings cannot be read, and Try again reads them again', async () => {
    installFakeSettings();
    vi.mocked(settingsData.getSettings).mockRejectedValueOnce(new Error('storage is locked'));
    render(<WelcomeApp />);
    expect((await screen.findByRole('alert')).textContent).toContain('storage is locked');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('switch', { name: 'Guard on Messenger' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when a change could not be stored', async () => {
    installFakeSettings();
    vi.mocked(settingsData.updateSettings).mockRejectedValue(new Error('quota'));
    render(<WelcomeApp />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Guard on WhatsApp Web' }));
    const failure = await screen.findByText(/could not be saved/);
    expect(failure.getAttribute('role')).toBe('status');
  });

  it('shows the popup picture with alt text, asks for nothing typed, and opens the settings', async () => {
    installFakeSettings();
    const { container } = render(<WelcomeApp />);
    await screen.findAllByRole('switch');
    const picture = screen.getByRole('img', { name: /Guard this chat' is turned on/ });
    expect(picture.getAttribute('src')).toBe('/welcome/guard-this-chat-light.png');
    expect(container.querySelector('source')?.getAttribute('srcset')).toBe(
      '/welcome/guard-this-chat-dark.png',
    );
    expect(
      container.querySelectorAll('input:not([type="checkbox"]), textarea, select'),
    ).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Open all settings' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});
