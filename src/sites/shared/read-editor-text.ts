/**
 * Reads a Lexical (or any contenteditable) editor's text exactly as the person typed it.
 *
 * `innerText` is not used: it turns paragraphs into "\n\n", depends on layout, and drops emoji
 * drawn as images. Instead we walk the blocks: each block is one line, `<br>` is a line break,
 * `img[alt]` and `[data-plain-text]` contribute their text. Lexical adds a placeholder `<br>` at
 * the end of a block that is empty or ends in a line break; that last `<br>` is not text.
 */
export function readEditorText(editor: Element): string {
  const blocks = Array.from(editor.children).filter(isBlock);
  if (blocks.length === 0) return inlineText(editor);
  return blocks.map(inlineText).join('\n');
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'LI', 'BLOCKQUOTE', 'PRE']);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function inlineText(block: Element): string {
  let out = '';
  const last = block.lastChild;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      if (node !== last) out += '\n';
      return;
    }
    const plain = el.getAttribute('data-plain-text');
    if (plain !== null) {
      out += plain;
      return;
    }
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = block.firstChild; child; child = child.nextSibling) walk(child);
  return out.replace(/\u200b/g, '');
}
