// Rollout variants are chosen by URL query, so one replica covers the DOM shapes that real users
// see at the same time (dom-notes §0: new UI reaches users in stages).
export type WhatsAppVariant = 'current' | 'legacy' | 'divbutton';
export type WhatsAppLang = 'en' | 'pt';
/**
 * A future rollout the extension does not know yet, to test that it fails open: `composer`
 * moves the compose bar out of `<footer>`; `send` renames the send control's icon and label.
 */
export type WhatsAppChange = 'composer' | 'send' | null;

export type WhatsAppOptions = {
  variant: WhatsAppVariant;
  lang: WhatsAppLang;
  /** 5,000 messages in the open chat, for performance tests. */
  busy: boolean;
  /** Shift+Enter starts a new <p> instead of a <br> (some builds; innerText then gives "\n\n"). */
  paragraphs: boolean;
  /** The chat to open first; 'none' shows the intro panel like a fresh WhatsApp Web tab. */
  chat: string | null;
  changed: WhatsAppChange;
};

export function readOptions(search: string): WhatsAppOptions {
  const params = new URLSearchParams(search);
  const variant = params.get('variant');
  return {
    variant: variant === 'legacy' || variant === 'divbutton' ? variant : 'current',
    lang: params.get('lang') === 'pt' ? 'pt' : 'en',
    busy: params.get('busy') === '1',
    paragraphs: params.get('lines') === 'paragraphs',
    chat: params.get('chat'),
    changed: changedFrom(params.get('changed')),
  };
}

function changedFrom(value: string | null): WhatsAppChange {
  return value === 'composer' || value === 'send' ? value : null;
}
