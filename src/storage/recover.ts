import { z } from './zod';

/** A value read from storage, made valid, and the paths of the parts that had to be reset. */
export interface Recovered<T> {
  value: T;
  /** Dotted paths of the parts replaced or dropped (`''` = the whole value). Empty when intact. */
  reset: string[];
}

/**
 * Validates `raw` against `schema`. When it fails, keeps every part that is still valid and
 * replaces only the broken parts: object fields recover one by one from `fallback`, invalid list
 * items and record entries are dropped. A settings object with one bad field therefore keeps all
 * its other fields. Never throws for any `raw`.
 */
export function recoverValue<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): Recovered<T> {
  const reset: string[] = [];
  try {
    const value = repair(schema, raw, fallback, '', reset) as T;
    return { value, reset };
  } catch {
    // Only reachable if `fallback` itself is invalid, a programming error caught by tests.
    return { value: fallback, reset: [''] };
  }
}

function repair(
  schema: z.ZodType,
  raw: unknown,
  fallback: unknown,
  path: string,
  reset: string[],
): unknown {
  const direct = schema.safeParse(raw);
  if (direct.success) return direct.data;

  const partial = repairParts(schema, raw, fallback, path, reset);
  if (partial !== NOT_REPAIRABLE) {
    const checked = schema.safeParse(partial);
    if (checked.success) return checked.data;
  }
  reset.push(path);
  return schema.parse(fallback);
}

const NOT_REPAIRABLE = Symbol('not repairable');

function repairParts(
  schema: z.ZodType,
  raw: unknown,
  fallback: unknown,
  path: string,
  reset: string[],
): unknown {
  if (schema instanceof z.ZodObject && isPlainObject(raw) && isPlainObject(fallback)) {
    const out: Record<string, unknown> = {};
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [key, field] of Object.entries(shape)) {
      out[key] = repair(field, raw[key], fallback[key], join(path, key), reset);
    }
    // An object that keeps other keys under a schema (`.catchall`) keeps those that fit it.
    const catchall = schema._zod.def.catchall as z.ZodType | undefined;
    if (catchall && !(catchall instanceof z.ZodNever)) {
      for (const [key, item] of Object.entries(raw)) {
        if (Object.hasOwn(shape, key)) continue;
        const parsed = catchall.safeParse(item);
        if (parsed.success) out[key] = parsed.data;
        else reset.push(join(path, key));
      }
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(raw)) {
    const element = schema.element as z.ZodType;
    const kept: unknown[] = [];
    raw.forEach((item, index) => {
      const parsed = element.safeParse(item);
      if (parsed.success) kept.push(parsed.data);
      else reset.push(`${path}[${index}]`);
    });
    const max = arrayMaxLength(schema);
    if (typeof max === 'number' && kept.length > max) {
      reset.push(`${path}(over ${max} entries)`);
      return kept.slice(kept.length - max);
    }
    return kept;
  }
  if (schema instanceof z.ZodRecord && isPlainObject(raw)) {
    const keySchema = schema.keyType as z.ZodType;
    const valueSchema = schema.valueType as z.ZodType;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(raw)) {
      const parsedKey = keySchema.safeParse(key);
      const parsedValue = valueSchema.safeParse(item);
      if (parsedKey.success && parsedValue.success) kept[key] = parsedValue.data;
      else reset.push(join(path, key));
    }
    return kept;
  }
  return NOT_REPAIRABLE;
}

/** The `.max(n)` of a list schema, or null. zod keeps it only among the schema's checks. */
export function arrayMaxLength(schema: z.ZodArray): number | null {
  const checks = (schema._zod.def.checks ?? []) as { _zod: { def: unknown } }[];
  for (const check of checks) {
    const def = check._zod.def as { check?: string; maximum?: unknown };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return null;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
