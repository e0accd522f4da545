import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import { RULES } from '../../../src/rules/registry';
import { type Finding, RULE_IDS } from '../../../src/rules/types';
import { SITES } from '../../../src/sites/table';
import { clearRecoveries, recordRecovery } from '../../../src/storage/recoveries';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';
import { getActiveTab } from '../../../src/ui/data/active-tab';
import {
  fetchCorrections,
  fetchHealth,
  fetchNotes,
  fetchStats,
} from '../../../src/ui/data/background';
import { NotRiskyQuestion } from '../../../src/ui/guard/not-risky-question';
import { type NoticeMessage, noticeText } from '../../../src/ui/guard/notice-text';
import { PauseDialog, type PauseDialogModel } from '../../../src/ui/guard/pause-dialog';
import { WarningChip } from '../../../src/ui/guard/warning-chip';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { WelcomeApp } from '../../../src/ui/welcome/WelcomeApp';
import { BUSY_HOUR, findingOf, findingsFor } from '../../findings';
import { loadMessages, TRANSLATED, useLocale } from '../../i18n-messages';
import { counts, FIRST_RUN_STATS, fourteenDays, installFakeSettings, makeStats } from '../ui/fakes';

vi.mock('../../../src/ui/data/settings');
vi.mock('../../../src/ui/data/background');
vi.mock('../../../src/ui/data/active-tab');
vi.mock('../../../src/ui/data/navigation');

/**
 * Every surface rendered in each translated locale: no key may be missing (i18n warns) and no
 * English may leak through. English is every en.yml message and every rule module's words, cut
 * at their placeholders; a piece counts as leaked when it shows as whole words, unless it is one
 * of the few words every language shares.
 */

const english = await loadMessages('en');

function pieces(message: string): string[] {
  return message
    .split(/ \| |\{\w+\}|\*\*|\[|\]|'x'/)
    .map((piece) => piece.trim().replace(/^[\s.,:;()“”"'«»]+|[\s.,:;()“”"'«»]+$/g, ''))
    .filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4);
}

const ENGLISH_PIECES = [
  ...Object.values(english).flatMap(({ message }) => pieces(message)),
  ...RULE_IDS.flatMap((id) => {
    const { rule } = RULES[id];
    const { name, short, closeShort, why } = rule.label;
    const reasons =
      'reason' in rule ? [rule.reason('x', 'anywhere'), rule.reason('x', 'listed')] : [];
    return [name, short, closeShort ?? '', why, rule.suggestion, ...reasons].flatMap(pieces);
  }),
];

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWords = (piece: string) => new RegExp(`(?<![\\p{L}])${literal(piece)}(?![\\p{L}])`, 'u');

/** What a person can see or hear: the text, and the names and hints given in attributes. */
function shownText(): string {
  const attributes = [...document.querySelectorAll('[aria-label],[alt],[title]')].flatMap((el) =>
    ['aria-label', 'alt', 'title'].map((name) => el.getAttribute(name) ?? ''),
  );
  // Text node by text node: textContent would run "Hoy" and "kept" together into one word.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return [...texts, ...attributes].join('\n');
}

/** Words the same in every language: the name, the sites, and a few shared words (a test below
 * checks no other message of a locale equals its English). */
const SHARED = new Set([
  'Second Thought',
  'Chats',
  'sites',
  'Sites',
  'Site',
  'Backup',
  ...SITES.map((s) => s.label),
]);
const warn = vi.spyOn(console, 'warn');

function expectNoEnglish(text: string) {
  const leaked = ENGLISH_PIECES.filter((piece) => !SHARED.has(piece) && asWords(piece).test(text));
  expect([...new Set(leaked)]).toEqual([]);
  expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/\[i18n\]/));
}

/** Opens every disclosure and question on the page, so their text is rendered too. */
async function openEverything() {
  for (const button of [...document.querySelectorAll('button[aria-expanded="false"]')]) {
    await act(() => {
      fireEvent.click(button);
    });
  }
}

const NOTE = {
  site: 'whatsapp' as const,
  text: 'i miss you so much, can we talk tonight',
  rules: ['longing' as const],
  chatTitle: 'Alex',
  seenAt: null,
};

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  guardedChats: [{ site: 'whatsapp', title: 'Alex' }],
  unguardedChats: [{ site: 'messenger', title: 'Sam' }],
  rulesOffInChats: [{ site: 'whatsapp', title: 'Alex', rules: ['past'] }],
  engine: {
    ...DEFAULT_SETTINGS.engine,
    watchPhrases: [{ phrase: 'babe', rule: 'pet-name' }],
    neverFlag: ['see you at practice'],
    quietHours: { ...DEFAULT_SETTINGS.engine.quietHours, days: [] },
  },
};

const textFindings: Finding[] = [
  findingOf('begging', 'please come back to me'),
  findingOf('anger', 'you are pathetic'),
  { ...findingOf('longing', 'i still love you'), reach: 'listed' },
  ...findingsFor('hey', { unanswered: 3, recentSends: BUSY_HOUR }),
];

const dialogModel = (over: Partial<PauseDialogModel> = {}): PauseDialogModel => ({
  draft: 'please come back to me, you are pathetic, i still love you',
  findings: textFindings,
  pauseSeconds: 5,
  recentAttempts: 4,
  notice: null,
  busy: false,
  offer: {
    phrases: ['please come back', 'i still love you', 'x'],
    chat: 'Alex',
    phraseRules: ['begging'],
    chatRules: ['begging'],
  },
  cleared: false,
  correction: {
    id: 1,
    anchor: null,
    message: {
      kind: 'marked',
      change: {
        choice: 'chat',
        site: 'whatsapp',
        title: 'Alex',
        rules: ['past'],
        phrasesAdded: [],
        rulesAdded: ['past', 'anger'],
      },
    },
  },
  ...over,
});

const actions = () => ({
  keepEditing: vi.fn(),
  saveNote: vi.fn(),
  sendAnyway: vi.fn(),
  notRisky: vi.fn(),
  undo: vi.fn(),
  dismissNotice: vi.fn(),
});

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});
afterAll(() => useLocale(fakeBrowser, 'en'));

it('finds English in an English page (the check can fail)', async () => {
  await useLocale(fakeBrowser, 'en');
  render(<PauseDialog model={dialogModel()} actions={actions()} />);
  expect(() => expectNoEnglish(shownText())).toThrow();
});

for (const locale of TRANSLATED) {
  describe(`the interface in ${locale}`, () => {
    beforeEach(async () => {
      await useLocale(fakeBrowser, locale);
      warn.mockClear();
      vi.mocked(fetchHealth).mockResolvedValue({
        whatsapp: { site: 'whatsapp', status: 'active', detail: '', at: 1 },
        messenger: { site: 'messenger', status: 'broken', detail: 'composer', at: 1 },
        'google-messages': null,
        instagram: null,
        telegram: null,
      });
      vi.mocked(fetchNotes).mockResolvedValue([
        { ...NOTE, id: 'a', at: Date.now() - 5 * 60_000 },
        { ...NOTE, id: 'b', at: Date.now() - 26 * 3600_000, text: 'i just want to talk tonight' },
      ]);
      vi.mocked(fetchCorrections).mockResolvedValue({ byRule: { begging: 2, anger: 5, past: 1 } });
      vi.mocked(getActiveTab).mockResolvedValue({
        site: 'whatsapp',
        chat: { site: 'whatsapp', title: 'Alex' },
      });
    });

    it('pause dialog, with its question, notices and countdown', async () => {
      render(
        <PauseDialog
          model={dialogModel({ notice: i18n.t('dialog.siteRefused') })}
          actions={actions()}
        />,
      );
      // The question itself ("Not risky" opens it only on a trusted click).
      const offer = dialogModel().offer;
      if (offer) render(<NotRiskyQuestion offer={offer} onChoose={vi.fn()} onCancel={vi.fn()} />);
      expect(document.querySelector('.st-question')).toBeTruthy();
      expectNoEnglish(shownText());
    });

    it('care variant and the cleared dialog', () => {
      const care = findingOf('self-harm', 'i want to kill myself');
      render(
        <PauseDialog model={dialogModel({ findings: [care], offer: null })} actions={actions()} />,
      );
      expect(document.querySelector('.st-care a')?.textContent).toBe('findahelpline.com');
      expectNoEnglish(shownText());
      cleanup();
      render(
        <PauseDialog model={dialogModel({ cleared: true, pauseSeconds: 0 })} actions={actions()} />,
      );
      expectNoEnglish(shownText());
    });

    it('chip, and every notice', async () => {
      const anchor = { top: 500, right: 600, width: 400 };
      const offer = dialogModel().offer;
      render(
        <WarningChip
          model={{ findings: textFindings, anchor, offer }}
          onNotRisky={vi.fn()}
          onCancel={vi.fn()}
        />,
      );
      expectNoEnglish(shownText());
      cleanup();
      render(
        <WarningChip
          model={{
            findings: [findingOf('self-harm', 'i want to kill myself')],
            anchor,
            offer: null,
          }}
          onNotRisky={vi.fn()}
          onCancel={vi.fn()}
        />,
      );
      expectNoEnglish(shownText());
      const change = {
        choice: 'phrase' as const,
        site: 'whatsapp' as const,
        title: null,
        rules: [],
        phrasesAdded: ['babe'],
        rulesAdded: [],
      };
      const notices: NoticeMessage[] = [
        { kind: 'note-saved' },
        { kind: 'note-restored' },
        { kind: 'note-not-restored' },
        { kind: 'marked', change },
        { kind: 'marked', change: { ...change, phrasesAdded: [] } },
        { kind: 'marked', change: { ...change, choice: 'chat', rulesAdded: ['anger'] } },
        { kind: 'marked', change: { ...change, choice: 'chat' } },
        { kind: 'unmarked' },
        { kind: 'mark-failed' },
        { kind: 'undo-failed' },
      ];
      expectNoEnglish(notices.map(noticeText).join('\n'));
      const flow = [
        i18n.t('dialog.noteFailed'),
        i18n.t('dialog.savedNotCleared'),
        i18n.t('dialog.siteRefused'),
      ];
      expectNoEnglish(flow.join('\n'));
    });

    it('popup with numbers, notes and the open chat', async () => {
      installFakeSettings(SETTINGS);
      vi.mocked(fetchStats).mockResolvedValue(
        makeStats({
          today: counts({ noticed: 3, warned: 3, paused: 2, keptEditing: 1, sentAnyway: 1 }),
          allTime: counts({
            noticed: 1200,
            warned: 1100,
            paused: 800,
            savedNote: 40,
            sentAnyway: 9,
          }),
          reconsideredShare: { today: 0.5, last7Days: null, allTime: 0.66 },
          topRules: [
            { rule: 'begging', count: 12, paused: 9 },
            { rule: 'late-night', count: 1, paused: 1 },
            { rule: 'longing', count: 5, paused: 2 },
          ],
          last14Days: fourteenDays([
            [1, 0],
            [0, 0],
            [4, 1],
            [2, 2],
          ]),
          streakDays: 4,
        }),
      );
      render(<PopupApp />);
      await screen.findAllByRole('switch');
      await waitFor(() => expect(document.querySelector('.stats')).toBeTruthy());
      await waitFor(() => expect(document.querySelector('.waiting, .review')).toBeTruthy());
      await openEverything();
      expectNoEnglish(shownText());
    });

    it('popup on first run, away from the sites', async () => {
      installFakeSettings();
      vi.mocked(getActiveTab).mockResolvedValue({ site: null, chat: null });
      vi.mocked(fetchStats).mockResolvedValue(FIRST_RUN_STATS);
      render(<PopupApp />);
      await waitFor(() => expect(document.querySelector('.first-run')).toBeTruthy());
      expectNoEnglish(shownText());
    });

    it('options page with every section filled in', async () => {
      installFakeSettings(SETTINGS);
      await clearRecoveries();
      await recordRecovery('local:settings', ['engine.quietHours.start', 'pauseSeconds'], 1);
      await recordRecovery('local:notes', ['[0]', '[2]'], 2);
      await recordRecovery('local:counters', [''], 3);
      render(<OptionsApp />);
      await waitFor(() => expect(document.querySelectorAll('.recovery-notice li').length).toBe(3));
      await waitFor(() => expect(document.querySelectorAll('.note').length).toBe(2));
      await waitFor(() => expect(document.querySelector('#corrections .list')).toBeTruthy());
      expectNoEnglish(shownText());
    });

    it('welcome page', async () => {
      installFakeSettings();
      render(<WelcomeApp />);
      await screen.findAllByRole('switch');
      expectNoEnglish(shownText());
    });
  });
}
