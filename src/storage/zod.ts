import { z } from 'zod';

/**
 * The one place zod is imported from. zod 4 probes for `new Function('')` to decide whether to
 * compile fast validators; Firefox's add-on linter flags that probe as DANGEROUS_EVAL, and
 * extension pages forbid eval under their CSP anyway. `jitless` skips the probe. Every module
 * that uses zod imports `z` from here, so the setting is applied before any schema is built.
 */
z.config({ jitless: true });

export { z };
