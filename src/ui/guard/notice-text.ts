import { i18n } from '#i18n';
import { listInWords } from '../../i18n/locale';
import { ruleShort } from '../../i18n/rule-text';
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
  const words = rules.filter((id): id is RuleId => id in RULES).map((id) => ruleShort(id));
  return words.length === 0 ? i18n.t('notice.this') : listInWords(words, 'or');
}

function quoted(phrases: readonly string[]): string {
  return phrases
    .map((p) => i18n.t('notRisky.phrase', { phrase: p.length > 40 ? `${p.slice(0, 39)}…` : p }))
    .join(', ');
}

export function noticeText(message: NoticeMessage): string {
  switch (message.kind) {
    case 'note-saved':
      return i18n.t('notice.noteSaved');
    case 'note-restored':
      return i18n.t('notice.noteRestored');
    case 'note-not-restored':
      return i18n.t('notice.noteNotRestored');
    case 'marked': {
      const { change } = message;
      if (change.choice === 'phrase') {
        return change.phrasesAdded.length > 0
          ? i18n.t('notice.phraseMarked', { phrases: quoted(change.phrasesAdded) })
          : i18n.t('notice.phraseAlready');
      }
      return change.rulesAdded.length > 0
        ? i18n.t('notice.chatMarked', { patterns: names(change.rulesAdded) })
        : i18n.t('notice.chatAlready');
    }
    case 'unmarked':
      return i18n.t('notice.unmarked');
    case 'mark-failed':
      return i18n.t('notice.markFailed');
    case 'undo-failed':
      return i18n.t('notice.undoFailed');
  }
}

/** Whether a notice offers Undo: only when there is something to take back. */
export function noticeOffersUndo(message: NoticeMessage): boolean {
  if (message.kind === 'note-saved') return true;
  if (message.kind !== 'marked') return false;
  return message.change.phrasesAdded.length > 0 || message.change.rulesAdded.length > 0;
}
