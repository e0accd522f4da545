import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnsentNote } from '../../../src/messaging/protocol';
import { exportSettingsJson, parseSettingsImport } from '../../../src/storage/import-export';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import {
  deleteAllNotes,
  deleteNote,
  fetchCorrections,
  fetchNotes,
  forgetCorrections,
  resetStats,
} from '../../../src/ui/data/background';
import { updateSettings } from '../../../src/ui/data/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { installFakeSettings } from './fakes';

vi.mock('../../../src/ui/data/settings');
vi.mock('../../../src/ui/data/background');

const NOTES: UnsentNote[] = [
  {
    id: 'n1',
    site: 'whatsapp',
    text: 'I miss us.\nRemember Lisbon?',
    rules: ['past'],
    at: 1_700_000_000_000,
    chatTitle: 'Alex',
    seenAt: null,
  },
  {
    id: 'n2',
    site: 'messenger',
    text: 'please come back',
    rules: ['begging'],
    at: 1_700_100_000_000,
    chatTitle: null,
    seenAt: 1_700_100_000_000,
  },
];

let notes: UnsentNote[];

beforeEach(() => {
  notes = [...NOTES];
  vi.mocked(fetchNotes).mockImplementation(async () => notes);
  vi.mocked(deleteNote).mockImplementation(async (id) => {
    notes = notes.filter((n) => n.id !== id);
  });
  vi.mocked(deleteAllNotes).mockImplementation(async () => {
    notes = [];
  });
  vi.mocked(resetStats).mockResolvedValue(undefined);
  vi.mocked(fetchCorrections).mockResolvedValue({ byRule: {} });
});

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  vi.unstubAllGlobals();
});

async function renderOptions() {
  const store = installFakeSettings();
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Sites' });
  return store;
}

/** What the storage layer says is wrong with a file; the page must show it as it is. */
function importError(text: string): string {
  const parsed = parseSettingsImport(text);
  if (parsed.ok) throw new Error('expected a bad file');
  return parsed.error;
}

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('Import settings…');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options: unsent notes', () => {
  it('lists notes newest first, with their text as written', async () => {
    await renderOptions();
    const list = await screen.findByRole('list', { name: 'Unsent notes' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.note__text')?.textContent)).toEqual([
      'please come back',
      'I miss us.\nRemember Lisbon?',
    ]);
    expect(items[0]?.textContent).toMatch(/Messenger.*Pleading/);
  });

  it('copies a note to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await renderOptions();
    const list = await screen.findByRole('list', { name: 'Unsent notes' });
    fireEvent.click(within(list).getAllByRole('button', { name: /^Copy note/ })[1]!);
    await screen.findByText('Note copied.');
    expect(writeText).toHaveBeenCalledWith('I miss us.\nRemember Lisbon?');
  });

  it('falls back when the async clipboard is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('not allowed'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const execCommand = vi.fn().mockReturnValue(true);
    document.execCommand = execCommand;
    await renderOptions();
    const list = await screen.findByRole('list', { name: 'Unsent notes' });
    fireEvent.click(within(list).getAllByRole('button', { name: /^Copy note/ })[0]!);
    await screen.findByText('Note copied.');
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('deletes one note', async () => {
    await renderOptions();
    const list = await screen.findByRole('list', { name: 'Unsent notes' });
    fireEvent.click(within(list).getAllByRole('button', { name: /^Delete note/ })[0]!);
    await screen.findByText('Note deleted.');
    expect(deleteNote).toHaveBeenCalledWith('n2');
    await waitFor(() => expect(screen.queryByText('please come back')).toBeNull());
    expect(screen.getByText(/Remember Lisbon/)).toBeTruthy();
  });

  it('deletes all notes only after confirming', async () => {
    await renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all notes…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete all unsent notes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deleteAllNotes).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete all notes…' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete all unsent notes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete all' }));
    await screen.findByText(/No unsent notes/);
    expect(deleteAllNotes).toHaveBeenCalledOnce();
  });

  it('offers a retry when notes cannot be loaded', async () => {
    vi.mocked(fetchNotes).mockRejectedValueOnce(new Error('no answer'));
    await renderOptions();
    const section = screen.getByRole('region', { name: 'Unsent notes' });
    fireEvent.click(await within(section).findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Unsent notes' })).toBeTruthy();
  });
});

describe('options: backup and reset', () => {
  it('a file that is not JSON changes nothing and says why', async () => {
    const store = await renderOptions();
    chooseFile('notes.txt', 'hello');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/notes\.txt was not imported, and nothing changed/);
    expect(alert.textContent).toContain(importError('hello'));
    expect(updateSettings).not.toHaveBeenCalled();
    expect(store.current).toEqual(DEFAULT_SETTINGS);
  });

  it('a settings file with a bad value names the field and changes nothing', async () => {
    const store = await renderOptions();
    const bad = structuredClone(DEFAULT_SETTINGS);
    bad.engine.frequency.perHour = 1000;
    bad.sites.whatsapp = false;
    chooseFile('old.json', exportSettingsJson(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(importError(exportSettingsJson(bad)));
    expect(alert.textContent).toMatch(/perHour/);
    expect(updateSettings).not.toHaveBeenCalled();
    expect(store.current.sites.whatsapp).toBe(true);
  });

  it('a good settings file replaces the settings', async () => {
    const store = await renderOptions();
    const good = structuredClone(DEFAULT_SETTINGS);
    good.pauseSeconds = 30;
    good.guardMode = 'listed';
    good.guardedChats = [{ site: 'whatsapp', title: 'Alex' }];
    chooseFile('backup.json', exportSettingsJson(good));
    await screen.findByText('Settings imported from backup.json.');
    expect(store.current).toEqual(good);
    expect(screen.getByText('30 seconds')).toBeTruthy();
  });

  it('exports the current settings as a JSON download', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:settings';
    });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatch(/^second-thought-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await created[0]!.text()).toBe(exportSettingsJson(DEFAULT_SETTINGS));
    expect(parseSettingsImport(await created[0]!.text())).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });

  it('resets stats only after confirming', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset stats…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset all stats?' });
    expect(resetStats).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBe(document.activeElement);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset stats' }));
    await screen.findByText(/Stats reset/);
    expect(resetStats).toHaveBeenCalledOnce();
  });
});

describe('options: marked not risky', () => {
  it('shows counts by pattern and the patterns off in one chat; each can be removed', async () => {
    let byRule: Record<string, number> = { begging: 2, 'a-rule-from-elsewhere': 4 };
    vi.mocked(fetchCorrections).mockImplementation(async () => ({ byRule }));
    vi.mocked(forgetCorrections).mockImplementation(async (rule) => {
      const { [rule]: _gone, ...rest } = byRule;
      byRule = rest;
    });
    const store = installFakeSettings({
      ...DEFAULT_SETTINGS,
      rulesOffInChats: [{ site: 'whatsapp', title: 'Sam', rules: ['late-night', 'past'] }],
    });
    render(<OptionsApp />);
    const counts = await screen.findByRole('list', { name: 'Marked not risky, by pattern' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pleading: marked not risky twiceRemove']);
    const inChats = screen.getByRole('list', { name: 'Patterns not flagged in one chat' });
    expect(within(inChats).getAllByRole('listitem')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the count for Pleading' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Marked not risky, by pattern' })).toBeNull(),
    );
    expect(forgetCorrections).toHaveBeenCalledWith('begging');

    fireEvent.click(within(inChats).getAllByRole('button')[0]!);
    await waitFor(() =>
      expect(store.current.rulesOffInChats).toEqual([
        { site: 'whatsapp', title: 'Sam', rules: ['past'] },
      ]),
    );
  });
});
