import type { Plugin } from 'vite';

/**
 * Removes zod 4's `new Function("")` probe from the bundle.
 *
 * zod checks once whether it may compile validators with `new Function`. We never let it
 * (src/storage/zod.ts sets `jitless`, and extension CSPs forbid eval anyway), but the probe's code
 * stays in the bundle, the minifier turns it into a literal `Function("")`, and Firefox's add-on
 * linter reports that as DANGEROUS_EVAL. This makes the probe answer "no" without the call.
 * If a zod upgrade changes the probe, the build fails here instead of the warning coming back.
 */
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

export function zodNoEvalProbe(): Plugin {
  return {
    name: 'second-thought:zod-no-eval-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id.split('?')[0] ?? id)) return null;
      if (!PROBE.test(code)) {
        this.error('zod-no-eval-probe: the eval probe in zod/v4/core/util.js has changed shape');
      }
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
