// A Lexical editor set up the way WhatsApp Web and Messenger set up their composers: the real
// `lexical` package, plain-text behaviour, undo history, and a KEY_ENTER_COMMAND handler that
// sends on plain Enter. Lexical itself skips Enter while an IME composition is open, exactly as
// on the real sites, so composing Japanese or Chinese never sends half a word.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  type EditorThemeClasses,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';

export type ComposerOptions = {
  /** The contenteditable element; the caller gives it the site's attributes. */
  root: HTMLElement;
  namespace: string;
  theme?: EditorThemeClasses;
  /** Called with the draft text when plain Enter is pressed on a non-empty draft. */
  onSubmit?: (text: string) => void;
  /** Called after every change with whether the draft is empty (drives the send slot). */
  onEmptyChange?: (empty: boolean) => void;
  /** 'linebreak' puts Shift+Enter lines in one <p> with <br>; 'paragraph' starts a new <p>. */
  shiftEnter?: 'linebreak' | 'paragraph';
  /** WhatsApp's older Lexical wrote dir="ltr"/"rtl" on each line; 0.52 writes dir="auto". */
  explicitDirection?: boolean;
};

export type Composer = {
  editor: LexicalEditor;
  text(): string;
  isEmpty(): boolean;
  clear(): void;
  /** Replaces the draft (used to prefill the edit dialog). */
  setText(text: string): void;
  focus(): void;
  destroy(): void;
};

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u02B8]*[\u0591-\u07FF\uFB1D-\uFDFD\uFE70-\uFEFC]/;

/** Lines as the person typed them: paragraphs and <br> both become one "\n". */
function $readDraft(): string {
  return $getRoot()
    .getChildren()
    .map((block) => block.getTextContent())
    .join('\n');
}

export function createComposer(options: ComposerOptions): Composer {
  const editor = createEditor({
    namespace: options.namespace,
    theme: options.theme ?? {},
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(options.root);

  let lastEmpty: boolean | null = null;
  const readText = () => editor.getEditorState().read($readDraft);

  const unregister = mergeRegister(
    registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) {
          if (options.shiftEnter !== 'paragraph') return false; // plain-text inserts a <br>
          event.preventDefault();
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertParagraph();
          return true;
        }
        event?.preventDefault();
        const text = $readDraft();
        if (text.trim() !== '') queueMicrotask(() => options.onSubmit?.(text));
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ editorState }) => {
      const text = editorState.read($readDraft);
      const empty = text.trim() === '';
      if (empty !== lastEmpty) {
        lastEmpty = empty;
        options.onEmptyChange?.(empty);
      }
      if (options.explicitDirection) writeLineDirections(editor);
    }),
  );

  // Start with one empty paragraph, as Lexical's React composer does; this first update also
  // tells the page the draft is empty so it can show the empty-draft controls.
  editor.update(() => {
    const root = $getRoot();
    if (root.isEmpty()) root.append($createParagraphNode());
  });

  return {
    editor,
    text: readText,
    isEmpty: () => readText().trim() === '',
    clear: () =>
      editor.update(() => {
        const root = $getRoot();
        root.clear();
        root.append($createParagraphNode());
        root.selectStart();
      }),
    setText: (text) =>
      editor.update(() => {
        const paragraph = $createParagraphNode();
        text.split('\n').forEach((line, i) => {
          if (i > 0) paragraph.append($createLineBreakNode());
          if (line !== '') paragraph.append($createTextNode(line));
        });
        const root = $getRoot();
        root.clear();
        root.append(paragraph);
        paragraph.selectEnd();
      }),
    focus: () => editor.focus(),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}

function writeLineDirections(editor: LexicalEditor): void {
  editor.getEditorState().read(() => {
    for (const block of $getRoot().getChildren()) {
      if (!$isElementNode(block)) continue;
      const dom = editor.getElementByKey(block.getKey());
      if (!dom) continue;
      const text = block.getTextContent();
      if (text === '') dom.removeAttribute('dir');
      else dom.dir = RTL_FIRST_STRONG.test(text) ? 'rtl' : 'ltr';
    }
  });
}
