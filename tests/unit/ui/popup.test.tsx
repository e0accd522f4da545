import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealthView } from '../../../src/messaging/protocol';
import { SITE_IDS, SITE_LABELS } from '../../../src/sites/lookup';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { getActiveTab } from '../../../src/ui/data/active-tab';
import {
  deleteNote,
  fetchHealth,
  fetchNotes,
  fetchStats,
  markNotesSeen,
} from '../../../src/ui/data/background';
import { openOptionsPage } from '../../../src/ui/data/navigation';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { SNOOZE_MS } from '../../../src/ui/settings-ops';
import { formatClock } from '../../../src/ui/shared/format';
import { counts, FIRST_RUN_STATS, fourteenDays, installFakeSettings, makeStats } from './fakes';

vi.mock('../../../src/ui/data/settings');
vi.mock('../../../src/ui/data/background');
vi.mock('../../../src/ui/data/active-tab');
vi.mock('../../../src/ui/data/navigation');

/** No site opened yet: every site of the table. */
const NO_HEALTH = Object.fromEntries(SITE_IDS.map((id) => [id, null])) as HealthView;

/** The text of the elements that describe `el` (aria-describedby). */
function describedText(el: HTMLElement): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const POPULATED = makeStats({
  today: counts({ noticed: 3, warned: 3, paused: 2, keptEditing: 1, sentAnyway: 1 }),
  last7Days: counts({
    noticed: 10,
    warned: 9,
    paused: 6,
    keptEditing: 3,
    savedNote: 1,
    sentAnyway: 2,
  }),
  allTime: counts({
    noticed: 41,
    warned: 40,
    paused: 21,
    keptEditing: 10,
    savedNote: 4,
    sentAnyway: 7,
  }),
  reconsideredShare: { today: 0.5, last7Days: 4 / 6, allTime: 14 / 21 },
  topRules: [
    { rule: 'begging', count: 12, paused: 9 },
    { rule: 'late-night', count: 8, paused: 8 },
    { rule: 'past', count: 5, paused: 2 },
    { rule: 'anger', count: 1, paused: 0 },
  ],
  last14Days: fourteenDays([
    [1, 0],
    [0, 0],
    [4, 1],
    [2, 2],
  ]),
  streakDays: 4,
});

beforeEach(() => {
  vi.mocked(fetchHealth).mockResolvedValue(NO_HEALTH);
  vi.mocked(fetchNotes).mockResolvedValue([]);
  vi.mocked(getActiveTab).mockResolvedValue({ site: null, chat: null });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.resetAllMocks();
});

describe('popup', () => {
  it('explains how to start on first run, instead of empty numbers', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(FIRST_RUN_STATS);
    const { container } = render(<PopupApp />);
    expect(await screen.findByRole('heading', { name: /moment to think/i })).toBeTruthy();
    expect(container.querySelectorAll('.first-run__steps > li')).toHaveLength(3);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows drafts for today, 7 days and all time, the reconsidered share, the streak and top patterns', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    render(<PopupApp />);
    const table = await screen.findByRole('table');
    const row = (name: RegExp) =>
      within(table).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td');
    expect([...row(/^risky drafts/i)].map((c) => c.textContent)).toEqual(['3', '10', '41']);
    expect([...row(/^paused before/i)].map((c) => c.textContent)).toEqual(['2', '6', '21']);
    expect([...row(/^reconsidered/i)].map((c) => c.textContent)).toEqual(['1', '4', '14']);
    expect([...row(/sent anyway/i)].map((c) => c.textContent)).toEqual(['1', '2', '7']);
    expect([...row(/pauses reconsidered/i)].map((c) => c.textContent)).toEqual([
      '50%',
      '67%',
      '67%',
    ]);
    expect(screen.getByText('4 days')).toBeTruthy();
    const patterns = screen.getByRole('region', { name: /seen most often/i });
    const names = [...patterns.querySelectorAll('.patterns__name')].map((n) => n.textContent);
    expect(names).toEqual(['Pleading', 'Late-night messages', 'Bringing up the past']);
    // In drafts, as the table counts them, with how many of those were paused.
    expect(within(patterns).getByText('12 drafts, 9 paused')).toBeTruthy();
    expect(table.querySelector('caption')?.textContent).toMatch(/each draft counts once/);
  });

  it('draws 14 bars per series, scaled to the busiest day, with a spoken summary', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    const { container } = render(<PopupApp />);
    const chart = await screen.findByRole('img', { name: /last 14 days/i });
    const paused = container.querySelectorAll('rect[data-series="paused"]');
    const sent = container.querySelectorAll('rect[data-series="sent-anyway"]');
    expect(paused).toHaveLength(14);
    expect(sent).toHaveLength(14);
    const h = (el: Element | undefined) => Number(el?.getAttribute('height'));
    expect(h(paused[2])).toBeGreaterThan(0);
    expect(h(paused[2])).toBeCloseTo(2 * h(paused[3]));
    expect(h(paused[1])).toBe(0);
    expect(chart.querySelector('desc')?.textContent).toMatch(/7 pauses, 3 sent anyway/);
    expect(screen.getByText('Pauses')).toBeTruthy();
  });

  it('offers a retry when the background does not answer, and recovers', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockRejectedValueOnce(new Error('no answer'));
    vi.mocked(fetchStats).mockResolvedValueOnce(POPULATED);
    render(<PopupApp />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be loaded/i);
    fireEvent.click(within(alert).getByRole('button', { name: /try again/i }));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a loading placeholder while the background is slow', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockReturnValue(new Promise(() => {}));
    render(<PopupApp />);
    expect(screen.getByText('Loading your numbers')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /snooze/i })).toBeTruthy();
  });

  it('over a chat: "Guard this chat" and "Don\'t guard this chat", each saying what it means, excluding each other', async () => {
    const store = installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    vi.mocked(getActiveTab).mockResolvedValue({
      site: 'whatsapp',
      chat: { site: 'whatsapp', title: 'Alex' },
    });
    render(<PopupApp />);
    const guard = (await screen.findByRole('switch', {
      name: 'Guard this chat',
    })) as HTMLInputElement;
    const leave = screen.getByRole('switch', { name: "Don't guard this chat" }) as HTMLInputElement;
    expect(guard.checked).toBe(false);
    expect(leave.checked).toBe(false);
    expect(describedText(guard)).toBe('Everything here gets a second thought.');
    expect(describedText(leave)).toBe('Second Thought stays out of this chat.');

    fireEvent.click(guard);
    await waitFor(() =>
      expect(store.current.guardedChats).toEqual([{ site: 'whatsapp', title: 'Alex' }]),
    );
    expect(store.current.guardMode).toBe('all');
    await waitFor(() => expect(guard.checked).toBe(true));

    fireEvent.click(leave);
    await waitFor(() =>
      expect(store.current.unguardedChats).toEqual([{ site: 'whatsapp', title: 'Alex' }]),
    );
    expect(store.current.guardedChats).toEqual([]);
    await waitFor(() => expect(leave.checked).toBe(true));
    expect(guard.checked).toBe(false);

    fireEvent.click(guard);
    await waitFor(() => expect(store.current.guardedChats).toHaveLength(1));
    expect(store.current.unguardedChats).toEqual([]);
    await waitFor(() => expect(leave.checked).toBe(false));

    fireEvent.click(guard);
    await waitFor(() => expect(store.current.guardedChats).toEqual([]));
    expect(guard.checked).toBe(false);
  });

  it('shows only the current site switch on a supported site, and it saves', async () => {
    const store = installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    vi.mocked(getActiveTab).mockResolvedValue({ site: 'messenger', chat: null });
    render(<PopupApp />);
    const toggle = await screen.findByRole('switch', { name: 'Guard on Messenger' });
    expect(screen.queryByRole('switch', { name: /WhatsApp/ })).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() => expect(store.current.sites.messenger).toBe(false));
    expect(store.current.sites.whatsapp).toBe(true);
  });

  it('shows every site switch and a hint elsewhere', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    render(<PopupApp />);
    expect(await screen.findByRole('switch', { name: 'Guard on WhatsApp Web' })).toBeTruthy();
    for (const id of SITE_IDS) {
      expect(screen.getByRole('switch', { name: `Guard on ${SITE_LABELS[id]}` })).toBeTruthy();
    }
    expect(screen.getByText(/open one of these sites to guard a chat from here/i)).toBeTruthy();
  });

  it('snoozes for an hour, shows until when, and resumes', async () => {
    const now = Date.UTC(2026, 10, 25, 13, 5);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const store = installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze for 1 hour' }));
    await screen.findByText(`Snoozed until ${formatClock(now + SNOOZE_MS)}`);
    expect(store.current.snoozeUntil).toBe(now + SNOOZE_MS);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('button', { name: 'Snooze for 1 hour' });
    expect(store.current.snoozeUntil).toBeNull();
  });

  it('says plainly when a site changed and the guard is off there', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    vi.mocked(fetchHealth).mockResolvedValue({
      whatsapp: { site: 'whatsapp', status: 'broken', detail: 'send button not found', at: 1 },
      messenger: { site: 'messenger', status: 'active', detail: '', at: 1 },
      'google-messages': null,
      instagram: null,
      telegram: null,
    });
    render(<PopupApp />);
    expect(
      await screen.findByText('WhatsApp Web changed: the guard is off until an update'),
    ).toBeTruthy();
    expect(screen.getByText('Guard active on Messenger')).toBeTruthy();
  });

  it('reflects a settings change made elsewhere at once', async () => {
    const store = installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    render(<PopupApp />);
    const toggle = await screen.findByRole<HTMLInputElement>('switch', {
      name: 'Guard on WhatsApp Web',
    });
    expect(toggle.checked).toBe(true);
    store.setFromElsewhere({
      ...DEFAULT_SETTINGS,
      sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false },
    });
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(await screen.findByText('Off on WhatsApp Web')).toBeTruthy();
  });

  it('opens the options page', async () => {
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    render(<PopupApp />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});

describe('unsent notes in the popup', () => {
  const note = (id: string, at: Date, seenAt: number | null = null) => ({
    id,
    site: 'whatsapp' as const,
    text: `note ${id}`,
    rules: ['late-night' as const],
    at: at.getTime(),
    chatTitle: id === 'n1' ? 'Alex' : null,
    seenAt,
  });
  const NOTES = [
    note('n2', new Date(2026, 10, 25, 1, 10)),
    note('n1', new Date(2026, 10, 24, 23, 40)),
    note('old', new Date(2026, 10, 20, 23, 0), 1),
  ];

  function openAt(time: Date) {
    vi.spyOn(Date, 'now').mockReturnValue(time.getTime());
    installFakeSettings();
    vi.mocked(fetchStats).mockResolvedValue(POPULATED);
    vi.mocked(fetchNotes).mockResolvedValue(NOTES);
    vi.mocked(markNotesSeen).mockResolvedValue(undefined);
    vi.mocked(deleteNote).mockResolvedValue(undefined);
    return render(<PopupApp />);
  }

  it("leads with last night's notes once the quiet hours are over; keep and delete each", async () => {
    const { container } = openAt(new Date(2026, 10, 25, 8, 10));
    const review = await screen.findByRole('region', { name: 'You saved 2 messages last night' });
    expect(container.querySelector('main > :nth-child(2)')).toBe(review);
    const toggle = within(review).getByRole('button', { name: 'You saved 2 messages last night' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = () => within(review).queryAllByRole('listitem');
    // Oldest first; the listed chat's note says whose chat it was.
    expect(items().map((li) => li.querySelector('.waiting-note__text')?.textContent)).toEqual([
      'note n1',
      'note n2',
    ]);
    expect(items()[0]?.textContent).toContain('to Alex');

    fireEvent.click(within(review).getAllByRole('button', { name: /^Keep the note from/ })[0]!);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(markNotesSeen).toHaveBeenCalledWith(['n1']);
    expect(within(review).getByRole('status').textContent).toMatch(/^Kept/);

    fireEvent.click(within(review).getByRole('button', { name: /^Delete the note from/ }));
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(deleteNote).toHaveBeenCalledWith('n2');
    const status = within(review).getByRole('status');
    expect(status.textContent).toMatch(/That was all of them/);
    expect(document.activeElement).toBe(status);
  });

  it('says when keeping a note did not work, and leaves it there', async () => {
    openAt(new Date(2026, 10, 25, 8, 10));
    vi.mocked(markNotesSeen).mockRejectedValue(new Error('no answer'));
    const review = await screen.findByRole('region', { name: /last night/ });
    fireEvent.click(within(review).getByRole('button', { name: /last night/ }));
    fireEvent.click(within(review).getAllByRole('button', { name: /^Keep the note/ })[0]!);
    await waitFor(() =>
      expect(within(review).getByRole('status').textContent).toMatch(/did not work/),
    );
    expect(within(review).getAllByRole('listitem')).toHaveLength(2);
  });

  it('while the quiet hours last, the notes only wait in one line', async () => {
    openAt(new Date(2026, 10, 25, 2, 30));
    expect(await screen.findByRole('region', { name: '2 unsent notes waiting' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /last night/ })).toBeNull();
  });
});
