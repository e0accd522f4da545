/** Polls `test` each animation frame (or 50 ms) until it holds or `timeoutMs` passes. */
export function waitUntil(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const tick = () => {
      let ok = false;
      try {
        ok = test();
      } catch {
        ok = false;
      }
      if (ok) resolve(true);
      else if (Date.now() - started >= timeoutMs) resolve(false);
      else setTimeout(tick, 50);
    };
    tick();
  });
}
