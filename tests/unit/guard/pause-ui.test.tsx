import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/rules/types';
import { CareSupport } from '../../../src/ui/guard/care-support';
import { highlightSegments } from '../../../src/ui/guard/highlight';
import { PauseDialog, type PauseDialogModel } from '../../../src/ui/guard/pause-dialog';
import { warningText } from '../../../src/ui/guard/warning-chip';

afterEach(cleanup);

const begging: Finding = {
  rule: 'begging',
  severity: 'high',
  reach: 'anywhere',
  spans: [{ start: 0, end: 16, text: 'please come back' }],
  reason: '“please come back” reads as pleading.',
  suggestion: 'Say how you are doing instead, or nothing for now.',
};
const lateNight: Finding = {
  rule: 'late-night',
  severity: 'medium',
  reach: 'listed',
  spans: [],
  reason: 'It is late.',
  suggestion: 'Sleep on it.',
};
const selfHarm: Finding = {
  rule: 'self-harm',
  severity: 'high',
  reach: 'anywhere',
  spans: [{ start: 0, end: 10, text: 'no point i' }],
  reason: 'This sounds like a crisis.',
  suggestion: 'Reach out for support.',
};

const model = (over: Partial<PauseDialogModel> = {}): PauseDialogModel => ({
  draft: 'please come back, I miss you',
  findings: [begging, lateNight],
  pauseSeconds: 0,
  recentAttempts: 1,
  notice: null,
  busy: false,
  offer: null,
  cleared: false,
  correction: null,
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

describe('highlightSegments', () => {
  it('marks matched spans and merges overlaps', () => {
    const f2: Finding = { ...begging, spans: [{ start: 7, end: 20, text: 'come back, I ' }] };
    expect(highlightSegments('please come back, I miss you', [begging, f2])).toEqual([
      { text: 'please come back, I ', marked: true },
      { text: 'miss you', marked: false },
    ]);
  });

  it('ignores spans outside the draft', () => {
    const bad: Finding = { ...begging, spans: [{ start: 50, end: 60, text: 'x' }] };
    expect(highlightSegments('hi', [bad])).toEqual([{ text: 'hi', marked: false }]);
  });
});

describe('warningText', () => {
  it('names each pattern and quotes the phrase', () => {
    expect(warningText([begging, lateNight])).toBe(
      'Second thought: pleading (“please come back”) and late at night.',
    );
  });
  it('leads with support for self-harm, and asks a person in crisis to press nothing', () => {
    expect(warningText([selfHarm])).toMatch(/support/);
    expect(warningText([selfHarm])).not.toMatch(/press|enter|click/i);
  });
});

describe('PauseDialog', () => {
  it('announces the end of the countdown once, and not its every second', () => {
    vi.useFakeTimers();
    try {
      render(<PauseDialog model={model({ pauseSeconds: 3 })} actions={actions()} />);
      // The countdown's own status line (the dialog also keeps one for corrections).
      const status = () => document.querySelector('.st-pause [role="status"]')?.textContent;
      expect(status()).toBe('');
      act(() => {
        vi.advanceTimersByTime(1_500);
      });
      expect(status()).toBe('');
      act(() => {
        vi.advanceTimersByTime(2_000);
      });
      expect(status()).toBe('Send anyway is now available.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('is a modal dialog with the three named actions, focus on Keep editing', () => {
    render(<PauseDialog model={model()} actions={actions()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('button', { name: 'Keep editing' })).toBe(document.activeElement);
    expect(screen.getByRole('button', { name: 'Save as unsent note' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send anyway' })).toBeTruthy();
    expect(dialog.querySelector('mark')?.textContent).toBe('please come back');
    expect(dialog.textContent).toContain(begging.suggestion);
  });

  it('keeps Send anyway disabled during the pause', () => {
    render(<PauseDialog model={model({ pauseSeconds: 5 })} actions={actions()} />);
    expect(
      (screen.getByRole('button', { name: 'Send anyway' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByText(/unlocks in 5 s/)).toBeTruthy();
  });

  it('ignores clicks the page dispatches (untrusted events)', () => {
    const a = actions();
    render(<PauseDialog model={model()} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(a.sendAnyway).not.toHaveBeenCalled();
    expect(a.keepEditing).not.toHaveBeenCalled();
  });

  it('leads with where to find help for self-harm', () => {
    render(
      <PauseDialog
        model={model({ draft: 'no point in living', findings: [selfHarm] })}
        actions={actions()}
      />,
    );
    const text = screen.getByRole('dialog').textContent ?? '';
    expect(text).toContain('988');
    expect(text).toContain('116 123');
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('no point in living'));
    expect(text).not.toMatch(/are you sure/i);
    // The link sits inside its sentence, not glued after the full stop.
    expect(text).toContain(
      'Elsewhere, findahelpline.com lists free, confidential lines in your country.',
    );
  });

  it('takes focus back when an action fails and the dialog stays open', () => {
    const { rerender } = render(<PauseDialog model={model({ busy: true })} actions={actions()} />);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    rerender(<PauseDialog model={model({ notice: 'Not sent.' })} actions={actions()} />);
    expect(screen.getByRole('button', { name: 'Keep editing' })).toBe(document.activeElement);
  });

  it('says so gently when this is a repeat attempt', () => {
    render(<PauseDialog model={model({ recentAttempts: 3 })} actions={actions()} />);
    expect(screen.getByRole('dialog').textContent).toContain('try number 3');
  });
});

describe('the crisis lines shown', () => {
  const textFor = (locales: string[]) => {
    const { container } = render(<CareSupport locales={locales} />);
    const first = container.querySelector('.st-care__lines li')?.textContent ?? '';
    const others = container.querySelector('.st-care__others')?.textContent ?? '';
    cleanup();
    return { first, others };
  };

  it("lead with the person's own country, read from the browser's languages", () => {
    expect(textFor(['es-ES', 'en-US']).first).toMatch(/^Spain: .*024/);
    expect(textFor(['pt-BR']).first).toMatch(/^Brazil: .*188/);
    expect(textFor(['en-GB']).first).toMatch(/^United Kingdom: Samaritans: call 116 123/);
  });

  it('send a browser whose country is unknown to the directory first, the rest one click away', () => {
    const { first, others } = textFor(['pt']);
    expect(first).toBe('findahelpline.com lists free, confidential lines in your country.');
    expect(others).toContain('Brazil');
    expect(others).toContain('Portugal');
  });
});
