// Functions that run INSIDE a page, shared by the Chromium harness (Playwright, CDP) and the
// Firefox one (puppeteer, WebDriver BiDi). Each is sent to the page as source text, so it must
// be self-contained: no imports, no helpers from outside its own body.

/** The tag WXT gives the overlay's shadow host (the `name` in src/guard/mount-overlay.tsx). */
export const OVERLAY_HOST = 'second-thought-guard';

/** The dialog's actions, with exactly the accessible names the contract fixes. */
export const DIALOG_BUTTONS = ['Keep editing', 'Save as unsent note', 'Send anyway'] as const;
export type DialogButton = (typeof DIALOG_BUTTONS)[number];

export interface DialogState {
  role: string | null;
  ariaModal: string | null;
  /** The dialog's accessible name (its title). */
  title: string;
  /** The draft as the dialog shows it, and the parts it highlights. */
  draft: string;
  highlighted: string[];
  reasons: string[];
  suggestions: string[];
  /** The countdown line under the pause meter ('' when the pause is 0). */
  pauseText: string;
  buttons: { name: string; disabled: boolean }[];
  /** Text of the focused element when focus is inside the dialog, else null. */
  focused: string | null;
  /** Shown when an action could not finish. */
  notice: string | null;
}

/** What the open pause dialog in the overlay's shadow root shows, or null when none is open. */
export function readDialog(root: ShadowRoot): DialogState | null {
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  const texts = (selector: string) =>
    Array.from(dialog.querySelectorAll(selector), (el) => el.textContent ?? '');
  const titleId = dialog.getAttribute('aria-labelledby');
  const active = root.activeElement;
  return {
    role: dialog.getAttribute('role'),
    ariaModal: dialog.getAttribute('aria-modal'),
    title: (titleId ? root.getElementById(titleId)?.textContent : '') ?? '',
    draft: dialog.querySelector('.st-draft')?.textContent ?? '',
    highlighted: texts('.st-draft mark'),
    reasons: texts('.st-finding__reason'),
    suggestions: texts('.st-finding__suggestion'),
    pauseText: dialog.querySelector('.st-pause__text')?.textContent ?? '',
    buttons: Array.from(dialog.querySelectorAll('button'), (b) => ({
      name: (b.textContent ?? '').trim(),
      disabled: b.disabled,
    })),
    focused: active && dialog.contains(active) ? (active.textContent ?? '').trim() : null,
    notice: dialog.querySelector('[role="alert"]')?.textContent ?? null,
  };
}

/** The warning chip's text in the overlay's shadow root ('' while the draft is fine). */
export function readChip(root: ShadowRoot): string {
  return (root.querySelector('.st-chip [role="status"]')?.textContent ?? '').trim();
}

/** The confirmation above the composer ('' when none shows): "Saved to your unsent notes…". */
export function readNotice(root: ShadowRoot): string {
  return (root.querySelector('.st-toast [role="status"]')?.textContent ?? '').trim();
}

/** The names of the buttons of the "Not risky" question, wherever it is open ([] if not). */
export function readQuestion(root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll('.st-question button'), (b) =>
    (b.textContent ?? '').trim(),
  );
}

/** The composer's draft as plain lines (paragraphs and <br> both count as one line break). */
export function readDraftText(root: Element): string {
  // A textarea composer: its value is the draft, line breaks and all.
  if (root.tagName === 'TEXTAREA') return (root as HTMLTextAreaElement).value;
  const lines: string[] = [];
  // A flat editor (Telegram's): text and <br> right in the root, the last <br> a placeholder.
  if (!Array.from(root.children).some((el) => /^(P|DIV)$/.test(el.tagName))) {
    let line = '';
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeName !== 'BR') line += node.textContent ?? '';
      else if (node !== root.lastChild) line += '\n';
    }
    return line;
  }
  for (const block of Array.from(root.children)) {
    let line = '';
    for (const node of Array.from(block.childNodes)) {
      if (node.nodeName !== 'BR') line += node.textContent ?? '';
      // Lexical adds a "managed" <br> to keep empty lines open; it is not a line break.
      else if (!(node as Element).hasAttribute('data-lexical-managed-linebreak')) line += '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Texts the replica has sent from the open chat's composer, read from its test hook. */
export function readSentMessages(): string[] {
  return (window as unknown as { __replica: { sent(): string[] } }).__replica.sent();
}
