// Inline SVG paths for Messenger's controls (shape only; the sites mark these with aria-labels).
import { h } from '../shared/dom';

const PATHS = {
  like: 'M2 10h3.5v11H2zM21.6 11.2c.3-.4.4-.9.4-1.4 0-1.2-1-2.3-2.3-2.3h-5.1l.8-3.7v-.3c0-.5-.2-.9-.5-1.3L13.7 1 7.5 7.2c-.3.3-.5.8-.5 1.3V19c0 1 .8 2 2 2h8.2c.8 0 1.5-.5 1.8-1.2l2.6-6.2c.1-.3.1-.5.1-.8v-1.6z',
  send: 'M2.7 20.4 21.6 12 2.7 3.6l-.01 6.53L16.2 12 2.69 13.87z',
  plus: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm5 11h-4v4h-2v-4H7v-2h4V7h2v4h4Z',
  image:
    'M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2ZM5 17l3.5-4.5 2.5 3 3.5-4.5L19 17Z',
  emoji:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-3.5 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3ZM12 18a5.5 5.5 0 0 1-5.1-3.5h10.2A5.5 5.5 0 0 1 12 18Z',
  phone:
    'M20 15.5c-1.2 0-2.5-.2-3.6-.6a1 1 0 0 0-1 .2l-2.2 2.2a15 15 0 0 1-6.6-6.6l2.2-2.2a1 1 0 0 0 .3-1A11 11 0 0 1 8.5 4a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1 17 17 0 0 0 17 17 1 1 0 0 0 1-1v-3.5a1 1 0 0 0-1-1Z',
  pencil:
    'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25ZM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83Z',
  close:
    'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12Z',
} as const;

export function svg(name: keyof typeof PATHS, size = 20): SVGElement {
  const holder = h('span');
  holder.innerHTML = `<svg viewBox="0 0 24 24" width="${size}" height="${size}" fill="currentColor"><path d="${PATHS[name]}"></path></svg>`;
  return holder.firstElementChild as SVGElement;
}
