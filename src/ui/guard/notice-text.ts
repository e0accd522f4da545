import { RULES } from '../../rules/registry';
import type { RuleId } from '../../rules/types';
import type { NotRiskyChange } from '../../storage/not-risky';

/** What a short notice above the composer (or in the dialog) reports; worded here, not by the guard. */
export type NoticeMessage =
  | { kind: 'note-saved' }
  | { kind: 'note-restored' }
  | { kind: 'note-not-restored' }
  | { kind: 'marked'; change: NotRiskyChange }
  | { kind: 'unmarked' }
  | { kind: 'mark-failed' }
  | { kind: 'undo-failed' };

function names(rules: readonly string[]): string {
  const words = rules
    .filter((id): id is RuleId => id in RULES)
    .map((id) => RULES[id].rule.label.short);
  if (words.length <= 1) return words[0] ?? 'this';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function quoted(phrases: readonly string[]): string {
  return phrases.map((p) => `“${p.length > 40 ? `${p.slice(0, 39)}…` : p}”`).join(', ');
}

export function noticeText(message: NoticeMessage): string {
  switch (message.kind) {
    case 'note-saved':
      return 'Saved to your unsent notes. Find them under the Second Thought button in the toolbar, or in its Settings.';
    case 'note-restored':
      return 'Your message is back in the box, and the note is gone.';
    case 'note-not-restored':
      return 'The message could not be put back in the box. It is still in your unsent notes.';
    case 'marked': {
      const { change } = message;
      if (change.choice === 'phrase') {
        return change.phrasesAdded.length > 0
          ? `Got it: ${quoted(change.phrasesAdded)} will not be flagged again.`
          : 'That phrase was already on your never-flag list.';
      }
      return change.rulesAdded.length > 0
        ? `Got it: ${names(change.rulesAdded)} will not be flagged in this chat.`
        : 'That was already switched off for this chat.';
    }
    case 'unmarked':
      return 'Undone. It will be flagged as before.';
    case 'mark-failed':
      return 'That could not be saved just now, so nothing changed. You can try again.';
    case 'undo-failed':
      return 'That could not be undone just now. You can change it in Settings.';
  }
}

/** Whether a notice offers Undo: only when there is something to take back. */
export function noticeOffersUndo(message: NoticeMessage): boolean {
  if (message.kind === 'note-saved') return true;
  if (message.kind !== 'marked') return false;
  return message.change.phrasesAdded.length > 0 || message.change.rulesAdded.length > 0;
}
