/**
 * Runs tasks one after another, in the order they were queued. The background routes every
 * storage read-modify-write through one queue, so events from several tabs arriving together
 * cannot overwrite each other's updates. A failed task rejects its own caller only.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
