// A tiny element builder so the replica markup reads like the HTML it copies.
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K];
/** A custom element by its name (Google Messages' Angular components: `mws-…`). */
export function h(tag: `${string}-${string}`, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** An icon span the way both sites mark them: `span[data-icon=name]` around an inline SVG. */
export function icon(
  name: string,
  svgPath: string,
  size = 24,
  viewBox = '0 0 24 24',
): HTMLSpanElement {
  const span = h('span', { 'data-icon': name, 'aria-hidden': 'true', class: 'icon' });
  span.innerHTML = `<svg viewBox="${viewBox}" width="${size}" height="${size}" fill="currentColor"><path d="${svgPath}"></path></svg>`;
  return span;
}

/** Short stable ids for message rows, like the hashes the sites use. */
export function messageHash(seed: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < seed.length; i++) {
    a = Math.imul(a ^ seed.charCodeAt(i), 16777619);
    b = Math.imul(b + seed.charCodeAt(i), 2246822519);
  }
  return `3EB0${((a >>> 0).toString(16) + (b >>> 0).toString(16)).toUpperCase().padEnd(16, '0')}`;
}
