// The labels that extensions are tempted to match on, in the two languages the replica serves.
import type { WhatsAppLang } from './options';

export type Labels = {
  send: string;
  voiceMessage: string;
  placeholder: string;
  typeTo: (name: string, isGroup: boolean) => string;
  search: string;
  searchPlaceholder: string;
  online: string;
  typing: string;
  attach: string;
  emojis: string;
  caption: string;
  editMessage: string;
  save: string;
  close: string;
  edited: string;
  intro: string;
};

const EN: Labels = {
  send: 'Send',
  voiceMessage: 'Voice message',
  placeholder: 'Type a message',
  typeTo: (name, isGroup) => (isGroup ? `Type to group ${name}` : `Type to ${name}`),
  search: 'Search input textbox',
  searchPlaceholder: 'Search or start a new chat',
  online: 'online',
  typing: 'typing…',
  attach: 'Attach',
  emojis: 'Emojis, GIFs, Stickers',
  caption: 'Add a caption',
  editMessage: 'Edit message',
  save: 'Save',
  close: 'Close',
  edited: 'Edited',
  intro: 'Select a chat to start messaging',
};

const PT: Labels = {
  send: 'Enviar',
  voiceMessage: 'Mensagem de voz',
  placeholder: 'Digite uma mensagem',
  typeTo: (name, isGroup) =>
    isGroup ? `Escreva no grupo ${name}` : `Escreva na conversa com ${name}`,
  search: 'Caixa de texto de pesquisa',
  searchPlaceholder: 'Pesquisar ou começar uma nova conversa',
  online: 'online',
  typing: 'digitando…',
  attach: 'Anexar',
  emojis: 'Emojis, GIFs, figurinhas',
  caption: 'Adicione uma legenda',
  editMessage: 'Editar mensagem',
  save: 'Salvar',
  close: 'Fechar',
  edited: 'Editada',
  intro: 'Selecione uma conversa para começar',
};

export function labelsFor(lang: WhatsAppLang): Labels {
  return lang === 'pt' ? PT : EN;
}
