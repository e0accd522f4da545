import { storage } from 'wxt/utils/storage';
import { describeIssues } from './issue-messages';
import { recoverValue } from './recover';
import { recordRecovery } from './recoveries';
import type { z } from './zod';

/** A WXT migration: takes the previous version's stored value, returns the next one. */
export type Migration = (previous: unknown) => unknown;

export interface StoredValueOptions<T> {
  key: `local:${string}`;
  schema: z.ZodType<T>;
  fallback: T;
  version: number;
  /** Keyed by the version each migration produces (2 = v1 → v2), as WXT expects. */
  migrations?: Record<number, Migration>;
}

/** One stored value: always read valid (damaged parts reset and logged), only written valid. */
export interface StoredValue<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Called with each new (validated) value written by any page; returns an unsubscribe. */
  watch(cb: (value: T) => void): () => void;
  /** Removes the stored value, so the next read gives the fallback. */
  clear(): Promise<void>;
}

export function defineStoredValue<T>(options: StoredValueOptions<T>): StoredValue<T> {
  const { key, schema, fallback } = options;
  const item = storage.defineItem<unknown>(key, {
    fallback,
    version: options.version,
    // Always passed (even empty) so WXT records the version on the first write.
    migrations: options.migrations ?? {},
  });

  const repairStored = async (raw: unknown, value: T, reset: string[]): Promise<void> => {
    try {
      // Write the repaired value back unless another page changed it meanwhile.
      const current = await item.getValue();
      if (JSON.stringify(current) === JSON.stringify(raw)) await item.setValue(value);
      await recordRecovery(key, reset, Date.now());
    } catch (error) {
      console.warn(`[second-thought] could not record the recovery of ${key}`, error);
    }
  };

  return {
    key,
    async get() {
      const raw = await item.getValue();
      const { value, reset } = recoverValue(schema, raw, fallback);
      if (reset.length > 0) await repairStored(raw, value, reset);
      return value;
    },
    async set(value) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new Error(
          `Not saved, ${key} is invalid: ${describeIssues(parsed.error, schema, value)}`,
        );
      }
      await item.setValue(parsed.data);
    },
    watch(cb) {
      return item.watch((raw) => cb(recoverValue(schema, raw, fallback).value));
    },
    async clear() {
      await item.removeValue();
    },
  };
}
