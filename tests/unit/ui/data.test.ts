import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../src/messaging/protocol';
import { getActiveTab } from '../../../src/ui/data/active-tab';
import { fetchStats, NoAnswerError } from '../../../src/ui/data/background';

vi.mock('../../../src/messaging/protocol', () => ({ sendMessage: vi.fn() }));

afterEach(() => {
  vi.useRealTimers();
  vi.resetAllMocks();
  fakeBrowser.reset();
});

function activeTab(tab: { id?: number; url?: string }) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab as Browser.tabs.Tab]);
}

describe('background data', () => {
  it('gives up with a clear error when the background never answers', async () => {
    vi.useFakeTimers();
    vi.mocked(sendMessage).mockReturnValue(new Promise(() => {}));
    const stats = fetchStats();
    const check = expect(stats).rejects.toBeInstanceOf(NoAnswerError);
    await vi.advanceTimersByTimeAsync(5000);
    await check;
  });

  it('passes a rejection through', async () => {
    vi.mocked(sendMessage).mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(fetchStats()).rejects.toThrow('Receiving end does not exist');
  });
});

/** What the tab's content script answers, in @webext-core/messaging's reply format. */
function tabAnswers(answer: Promise<unknown>) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(answer as never);
}

describe('active tab', () => {
  it('asks the tab for its chat and trims the name', async () => {
    activeTab({ id: 4, url: 'https://web.whatsapp.com/' });
    const asked = tabAnswers(Promise.resolve({ res: { site: 'whatsapp', title: ' Alex ' } }));
    expect(await getActiveTab()).toEqual({
      site: 'whatsapp',
      chat: { site: 'whatsapp', title: 'Alex' },
    });
    expect(asked).toHaveBeenCalledWith(4, expect.objectContaining({ type: 'getCurrentChat' }));
  });

  it('treats a tab without a content script as no chat', async () => {
    activeTab({ id: 4, url: 'https://web.whatsapp.com/' });
    tabAnswers(Promise.reject(new Error('Receiving end does not exist')));
    expect(await getActiveTab()).toEqual({ site: 'whatsapp', chat: null });
  });

  it('treats an error or an empty answer from the tab as no chat', async () => {
    activeTab({ id: 4, url: 'https://web.whatsapp.com/' });
    tabAnswers(Promise.resolve({ err: { message: 'no composer' } }));
    expect(await getActiveTab()).toEqual({ site: 'whatsapp', chat: null });
    tabAnswers(Promise.resolve(undefined));
    expect(await getActiveTab()).toEqual({ site: 'whatsapp', chat: null });
  });

  it('learns the site from the chat when the address is hidden', async () => {
    activeTab({ id: 4 });
    tabAnswers(Promise.resolve({ res: { site: 'messenger', title: 'Sam' } }));
    expect((await getActiveTab()).site).toBe('messenger');
  });

  it('does not wait long for a tab that never answers', async () => {
    vi.useFakeTimers();
    activeTab({ id: 4, url: 'https://example.com/' });
    tabAnswers(new Promise(() => {}));
    const answer = getActiveTab();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await answer).toEqual({ site: null, chat: null });
  });
});
