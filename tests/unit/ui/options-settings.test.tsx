import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { fetchCorrections, fetchNotes } from '../../../src/ui/data/background';
import { updateSettings } from '../../../src/ui/data/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { installFakeSettings } from './fakes';

vi.mock('../../../src/ui/data/settings');
vi.mock('../../../src/ui/data/background');

beforeEach(() => {
  vi.mocked(fetchNotes).mockResolvedValue([]);
  vi.mocked(fetchCorrections).mockResolvedValue({ byRule: {} });
});

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

async function renderOptions() {
  const store = installFakeSettings();
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Sites' });
  return store;
}

describe('options: settings', () => {
  it('saves a site switch at once and says it saved', async () => {
    const store = await renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: 'Guard on Messenger' }));
    await waitFor(() => expect(store.current.sites.messenger).toBe(false));
    expect(await screen.findByText('All changes saved')).toBeTruthy();
  });

  it('shows each rule with its reason and saves its switch', async () => {
    const store = await renderOptions();
    const pleading = screen.getByRole('switch', { name: /^Pleading/ });
    expect(pleading.getAttribute('aria-describedby')).toBeTruthy();
    const reason = document.getElementById(pleading.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toMatch(/push people away/);
    fireEvent.click(pleading);
    await waitFor(() => expect(store.current.engine.enabledRules.begging).toBe(false));
    expect(store.current.engine.enabledRules.past).toBe(true);
  });

  it('explains an out-of-range number and does not save it, then saves a good one', async () => {
    const store = await renderOptions();
    const perHour = screen.getByLabelText('Messages within an hour');
    fireEvent.input(perHour, { target: { value: '1' } });
    fireEvent.blur(perHour);
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a number from 2 to 100.');
    expect(perHour.getAttribute('aria-invalid')).toBe('true');
    expect(store.current.engine.frequency.perHour).toBe(7);
    expect(updateSettings).not.toHaveBeenCalled();

    fireEvent.input(perHour, { target: { value: '12' } });
    await waitFor(() => expect(store.current.engine.frequency.perHour).toBe(12));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.current.engine.frequency.perDay).toBe(21);
  });

  it('refuses text in a number field with a clear message', async () => {
    const store = await renderOptions();
    const field = screen.getByLabelText('Unanswered messages');
    fireEvent.input(field, { target: { value: 'two' } });
    fireEvent.blur(field);
    expect((await screen.findByRole('alert')).textContent).toBe('Use a whole number from 1 to 50.');
    expect(store.current.engine.doubleText.unanswered).toBe(2);
  });

  it('adds a chat to guard, refuses a blank or repeated name, and removes it', async () => {
    const store = await renderOptions();
    const name = screen.getByLabelText('Chat name');
    const add = screen.getByRole('button', { name: 'Add chat' });
    fireEvent.click(add);
    expect((await screen.findByRole('alert')).textContent).toBe('Type a chat name first.');

    fireEvent.input(name, { target: { value: '  Alex  ' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'messenger' } });
    fireEvent.click(add);
    await waitFor(() =>
      expect(store.current.guardedChats).toEqual([{ site: 'messenger', title: 'Alex' }]),
    );
    expect(store.current.guardMode).toBe('all');

    fireEvent.input(name, { target: { value: 'alex' } });
    fireEvent.click(add);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That chat name is already on the list.',
    );
    expect(store.current.guardedChats).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Stop guarding Alex on Messenger' }));
    await waitFor(() => expect(store.current.guardedChats).toEqual([]));
  });

  it('shows the chats left alone, each removable', async () => {
    const store = installFakeSettings({
      ...DEFAULT_SETTINGS,
      guardedChats: [{ site: 'whatsapp', title: 'Alex' }],
      unguardedChats: [
        { site: 'whatsapp', title: 'Mum' },
        { site: 'messenger', title: 'Work' },
      ],
    });
    render(<OptionsApp />);
    const alone = await screen.findByRole('list', { name: 'Chats left alone' });
    expect(within(alone).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(screen.getByRole('list', { name: 'Guarded chats' })).getByText('Alex'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guard Mum on WhatsApp Web again' }));
    await waitFor(() =>
      expect(store.current.unguardedChats).toEqual([{ site: 'messenger', title: 'Work' }]),
    );
    expect(store.current.guardedChats).toEqual([{ site: 'whatsapp', title: 'Alex' }]);
  });

  it('switches to listed chats only', async () => {
    const store = await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: /only the chats listed/i }));
    await waitFor(() => expect(store.current.guardMode).toBe('listed'));
  });

  it('saves quiet hours and nights', async () => {
    const store = await renderOptions();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '23:30' } });
    await waitFor(() => expect(store.current.engine.quietHours.start).toBe(23 * 60 + 30));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    await waitFor(() => expect(store.current.engine.quietHours.days).toEqual([1, 2, 3, 4, 5, 6]));
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/enter a time/i);
    expect(store.current.engine.quietHours.end).toBe(6 * 60);
  });

  it('saves sensitivity and pause length', async () => {
    const store = await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: /^Strict/ }));
    await waitFor(() => expect(store.current.engine.sensitivity).toBe('strict'));
    const slider = screen.getByLabelText('Pause length');
    fireEvent.input(slider, { target: { value: '12' } });
    expect(screen.getByText('12 seconds')).toBeTruthy();
    fireEvent.change(slider, { target: { value: '12' } });
    await waitFor(() => expect(store.current.pauseSeconds).toBe(12));
  });

  it('adds a phrase to watch as a chosen pattern, and a phrase never to flag', async () => {
    const store = await renderOptions();
    const section = screen.getByRole('region', { name: 'Your own phrases' });
    const [watchInput, neverInput] = within(section).getAllByLabelText('Phrase');
    const [addWatch, addNever] = within(section).getAllByRole('button', { name: 'Add phrase' });
    fireEvent.input(watchInput!, { target: { value: 'bubba' } });
    fireEvent.change(within(section).getByLabelText('Counts as'), {
      target: { value: 'pet-name' },
    });
    fireEvent.click(addWatch!);
    await waitFor(() =>
      expect(store.current.engine.watchPhrases).toEqual([{ phrase: 'bubba', rule: 'pet-name' }]),
    );
    const watched = within(section).getByRole('list', { name: 'Phrases to watch' });
    expect(watched.textContent).toMatch(/bubba.*Old pet names/);

    fireEvent.input(neverInput!, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(addNever!);
    expect((await within(section).findByRole('alert')).textContent).toMatch(/200 characters/);
    fireEvent.input(neverInput!, { target: { value: 'see you at pickup' } });
    fireEvent.click(addNever!);
    await waitFor(() => expect(store.current.engine.neverFlag).toEqual(['see you at pickup']));
  });

  it('follows a change made in another tab', async () => {
    const store = await renderOptions();
    const perDay = screen.getByLabelText<HTMLInputElement>('Messages within a day');
    store.setFromElsewhere({
      ...DEFAULT_SETTINGS,
      engine: { ...DEFAULT_SETTINGS.engine, frequency: { perHour: 7, perDay: 30 } },
    });
    await waitFor(() => expect(perDay.value).toBe('30'));
  });
});
