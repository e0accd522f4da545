import type { Plugin } from 'vite';

/**
 * Removes preact's `dangerouslySetInnerHTML` sink from the bundle.
 *
 * We never render raw HTML (every string the guard shows, such as the draft, is rendered as text),
 * but preact's diff keeps `el.innerHTML = props.dangerouslySetInnerHTML.__html` in the bundle, and
 * Firefox's add-on linter reports it as UNSAFE_VAR_ASSIGNMENT. This turns that one assignment
 * into a `textContent` assignment, so even a future misuse could only ever show text. If a preact
 * upgrade changes the shape, the build fails here instead of the warning (and the sink) coming back.
 */
const SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function preactNoInnerHtml(): Plugin {
  return {
    name: 'second-thought:preact-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0] ?? id)) return null;
      const sinks = code.match(SINK)?.length ?? 0;
      if (sinks !== 1) {
        this.error(`preact-no-inner-html: expected one innerHTML sink in preact, found ${sinks}`);
      }
      return { code: code.replace(SINK, '$1.textContent=$2.__html'), map: null };
    },
  };
}
