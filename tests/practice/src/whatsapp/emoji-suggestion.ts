// The emoji suggestion list above the composer. What is known (dom-notes §1.1 and
// dom-notes-more-sites §8): the composer carries `aria-owns="emoji-suggestion"` and
// `aria-autocomplete="list"`; the list appears after ":" plus two or more characters, and Enter
// inserts the highlighted emoji instead of sending (vednoc/dark-whatsapp issue #170, 2020).
// No public source shows the list's own DOM, so this one is the smallest shape the evidence
// implies: the element the composer names, `#emoji-suggestion`, a listbox (what
// `aria-autocomplete="list"` announces) of options, mounted only while open, as a React popup
// is. The composer gets no `aria-expanded` or `aria-activedescendant`: no source shows either.
// Arrow keys move, Enter or Tab picks (through Lexical, replacing ":sm" with the emoji), a
// click picks, Escape closes until the shortcode changes.
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { h } from '../shared/dom';

/** The id the composer's `aria-owns` names. */
export const EMOJI_SUGGESTION_ID = 'emoji-suggestion';

/** ":" plus two or more shortcode characters right before the caret, after a space or at the start. */
const TRIGGER = /(?:^|\s)(:[a-z0-9_+-]{2,})$/i;
const MAX_SHOWN = 6;

const EMOJI: readonly (readonly [name: string, emoji: string])[] = [
  ['smile', '😄'],
  ['smiley', '😃'],
  ['slightly_smiling_face', '🙂'],
  ['smirk', '😏'],
  ['joy', '😂'],
  ['sob', '😭'],
  ['cry', '😢'],
  ['heart', '❤️'],
  ['heart_eyes', '😍'],
  ['broken_heart', '💔'],
  ['hug', '🤗'],
  ['pray', '🙏'],
  ['thumbsup', '👍'],
  ['+1', '👍'],
  ['wave', '👋'],
  ['wink', '😉'],
  ['kiss', '😘'],
  ['fire', '🔥'],
  ['tada', '🎉'],
  ['coffee', '☕'],
];

type Match = { name: string; emoji: string };

function matchesFor(token: string): Match[] {
  const query = token.slice(1).toLowerCase();
  const starts = EMOJI.filter(([name]) => name.startsWith(query));
  const contains = EMOJI.filter(([name]) => !name.startsWith(query) && name.includes(query));
  return [...starts, ...contains].slice(0, MAX_SHOWN).map(([name, emoji]) => ({ name, emoji }));
}

/** The shortcode being typed right before a collapsed caret, or null. Call inside a read. */
function $tokenAtCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor;
  const node = anchor.getNode();
  if (anchor.type !== 'text' || !$isTextNode(node)) return null;
  return TRIGGER.exec(node.getTextContent().slice(0, anchor.offset))?.[1] ?? null;
}

/**
 * Watches `editor` for a shortcode at the caret and shows the list as the first child of
 * `mountIn` (the footer). Returns the cleanup.
 */
export function attachEmojiSuggestions(editor: LexicalEditor, mountIn: HTMLElement): () => void {
  let token: string | null = null;
  let dismissed: string | null = null;
  let matches: Match[] = [];
  let active = 0;
  let list: HTMLElement | null = null;

  const isOpen = () => list !== null;

  const close = () => {
    list?.remove();
    list = null;
  };

  const render = () => {
    if (!token || token === dismissed || matches.length === 0) return close();
    const options = matches.map((match, i) =>
      h(
        'div',
        {
          role: 'option',
          id: `${EMOJI_SUGGESTION_ID}-${i}`,
          'aria-selected': i === active ? 'true' : 'false',
          class: 'wr-emoji-option',
        },
        h('span', { class: 'wr-emoji-glyph' }, match.emoji),
        h('span', { class: 'wr-emoji-name' }, `:${match.name}:`),
      ),
    );
    options.forEach((option, i) => {
      // mousedown would blur the composer and close the list before the click lands.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => pick(i));
    });
    if (!list) {
      list = h('div', {
        id: EMOJI_SUGGESTION_ID,
        role: 'listbox',
        'aria-label': 'Emoji suggestions',
        class: 'wr-emoji-suggestion',
      });
      mountIn.prepend(list);
    }
    list.replaceChildren(...options);
  };

  /** Replaces the shortcode before the caret with the emoji, in one Lexical update. */
  const pick = (index: number) => {
    const match = matches[index];
    const typed = token;
    if (!match || !typed) return;
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const { offset } = selection.anchor;
      const node = selection.anchor.getNode();
      if (!$isTextNode(node)) return;
      node.select(offset - typed.length, offset).insertText(match.emoji);
    });
    editor.focus();
  };

  const move = (step: number) => (event: KeyboardEvent | null) => {
    if (!isOpen()) return false;
    event?.preventDefault();
    active = (active + step + matches.length) % matches.length;
    render();
    return true;
  };

  const pickActive = (event: KeyboardEvent | null) => {
    if (!isOpen() || event?.shiftKey) return false;
    event?.preventDefault();
    pick(active);
    return true;
  };

  const unregister = mergeRegister(
    editor.registerUpdateListener(({ editorState }) => {
      const next = editorState.read($tokenAtCaret);
      if (next !== token) {
        token = next;
        matches = next ? matchesFor(next) : [];
        active = 0;
      }
      render();
    }),
    editor.registerCommand(KEY_ARROW_DOWN_COMMAND, move(1), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ARROW_UP_COMMAND, move(-1), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ENTER_COMMAND, pickActive, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_TAB_COMMAND, pickActive, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      KEY_ESCAPE_COMMAND,
      (event) => {
        if (!isOpen()) return false;
        event.preventDefault();
        dismissed = token;
        close();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );

  // Leaving the composer closes the list, as a popup anchored to the caret does.
  const root = editor.getRootElement();
  const onBlur = () => close();
  root?.addEventListener('blur', onBlur);

  return () => {
    unregister();
    root?.removeEventListener('blur', onBlur);
    close();
  };
}
