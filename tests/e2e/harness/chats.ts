import type { OpenOptions, Site } from './sites';

/** A chat on a replica: the title the site shows, and how to open it. */
export interface ReplicaChat {
  title: string;
  open: OpenOptions;
}

/**
 * The chat on each replica whose last message is incoming (no timing rule fires there at an
 * afternoon hour): what the guard's reach and correction tests type into.
 */
export const INCOMING_LAST: Record<Site, ReplicaChat> = {
  whatsapp: { title: 'Jordan', open: { query: 'chat=jordan' } },
  messenger: {
    title: 'Jordan Lee',
    open: { url: 'https://www.facebook.com/messages/t/100071234567890/' },
  },
  'google-messages': {
    title: 'Mum',
    open: { url: 'https://messages.google.com/web/conversations/1002' },
  },
  instagram: {
    title: 'Mum',
    open: { url: 'https://www.instagram.com/direct/t/340282366841710302/' },
  },
  telegram: { title: 'Mum', open: { url: 'https://web.telegram.org/a/#1002' } },
};

/** The chat on each replica that ends with the person's own messages, unanswered. */
export const UNANSWERED: Record<Site, ReplicaChat> = {
  whatsapp: { title: 'Alex', open: { query: 'chat=alex' } },
  messenger: {
    title: 'Alex',
    open: { url: 'https://www.facebook.com/messages/t/100064581234567/' },
  },
  'google-messages': {
    title: 'Alex Morgan',
    open: { url: 'https://messages.google.com/web/conversations/1001' },
  },
  instagram: {
    title: 'Alex Morgan',
    open: { url: 'https://www.instagram.com/direct/t/340282366841710301/' },
  },
  telegram: { title: 'Alex Morgan', open: { url: 'https://web.telegram.org/a/#1001' } },
};
