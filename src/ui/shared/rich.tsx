import type { ComponentChildren } from 'preact';

/**
 * A sentence from the locale files with its emphasis: `**words**` is drawn bold, so a translation
 * keeps its bold words wherever its grammar puts them (and no markup is ever parsed as HTML).
 */
export function rich(text: string): ComponentChildren {
  return text.split('**').map((part, i) => (i % 2 === 1 ? <b key={i}>{part}</b> : part));
}

/** A sentence with one link: `[words]` becomes a link to `href`, wherever the language puts it. */
export function linked(text: string, href: string): ComponentChildren {
  const match = /^(.*)\[(.+)\](.*)$/s.exec(text);
  if (!match) return text;
  return [match[1], <a href={href}>{match[2]}</a>, match[3]];
}
