// SVG paths for the icons; the `data-icon` names are the ones the real site uses (dom-notes §1.2, §1.4).
import { icon } from '../shared/dom';

const PATHS = {
  send: 'M3.4 20.4 21.85 12.5a.5.5 0 0 0 0-.92L3.4 3.6a.5.5 0 0 0-.69.6L5 11l9 1-9 1-2.29 6.8a.5.5 0 0 0 .69.6Z',
  ptt: 'M12 14.5a3.5 3.5 0 0 0 3.5-3.5V5a3.5 3.5 0 1 0-7 0v6a3.5 3.5 0 0 0 3.5 3.5Zm6.3-3.5h-1.7a4.6 4.6 0 0 1-9.2 0H5.7a6.3 6.3 0 0 0 5.4 6.2V21h1.8v-3.8a6.3 6.3 0 0 0 5.4-6.2Z',
  smiley:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18.2a8.2 8.2 0 1 1 0-16.4 8.2 8.2 0 0 1 0 16.4ZM8.5 11a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm7 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM12 17.5c2.3 0 4.3-1.4 5.1-3.5H6.9c.8 2.1 2.8 3.5 5.1 3.5Z',
  plus: 'M19 11h-6V5a1 1 0 0 0-2 0v6H5a1 1 0 0 0 0 2h6v6a1 1 0 0 0 2 0v-6h6a1 1 0 0 0 0-2Z',
  search:
    'M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5Zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Z',
  menu: 'M12 7a2 2 0 1 0-2-2 2 2 0 0 0 2 2Zm0 2a2 2 0 1 0 2 2 2 2 0 0 0-2-2Zm0 6a2 2 0 1 0 2 2 2 2 0 0 0-2-2Z',
  video:
    'M15.5 7.5a2 2 0 0 0-2-2h-9a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-2.9l4.6 3.3a.6.6 0 0 0 .9-.5V7.6a.6.6 0 0 0-.9-.5l-4.6 3.3Z',
  check: 'M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 12-12-1.4-1.4Z',
  dblcheck:
    'm17.4 6.6-1.4-1.4-6.3 6.3 1.4 1.4Zm4.2-1.4L11 15.8 6.8 11.6l-1.4 1.4L11 18.6l12-12ZM.5 13l5.6 5.6 1.4-1.4L1.9 11.6Z',
  tailOut: 'M1 0h7v13L1.5 4.5C.4 3.1 0 1.5 1 0Z',
  tailIn: 'M7 0H0v13L5.5 4.5C6.6 3.1 7 1.5 7 0Z',
  close:
    'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12Z',
  checkmark: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4Z',
  pencil:
    'M3 17.2V21h3.8l11-11-3.8-3.8Zm17.7-10.2a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.8 3.8Z',
} as const;

export const icons = {
  sendFilled: () => icon('wds-ic-send-filled', PATHS.send),
  sendLegacy: () => icon('send', PATHS.send),
  /** A send icon name no adapter knows (the `changed=send` variant). */
  sendRenamed: () => icon('wds-ic-paper-plane', PATHS.send),
  ptt: () => icon('ptt', PATHS.ptt),
  smiley: () => icon('smiley', PATHS.smiley),
  plus: () => icon('plus-rounded', PATHS.plus),
  search: () => icon('search', PATHS.search, 20),
  menu: () => icon('menu', PATHS.menu),
  video: () => icon('video-call', PATHS.video),
  msgCheck: () => icon('msg-check', PATHS.check, 16),
  msgDblcheck: () => icon('msg-dblcheck', PATHS.dblcheck, 16),
  tailOut: () => icon('tail-out', PATHS.tailOut, 8, '0 0 8 13'),
  tailIn: () => icon('tail-in', PATHS.tailIn, 8, '0 0 8 13'),
  close: () => icon('x', PATHS.close),
  checkmark: () => icon('checkmark-medium', PATHS.checkmark),
  pencil: () => icon('pencil', PATHS.pencil, 16),
};
