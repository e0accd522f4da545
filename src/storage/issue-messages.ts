import { arrayMaxLength } from './recover';
import { z } from './zod';

/** How many problems are named in one message; the rest are counted. */
const SHOWN_ISSUES = 3;

/**
 * Turns zod's issues into one message a person can act on, naming where and what is wrong:
 * "engine.quietHours.start: must be a whole number from 0 to 1439".
 */
export function describeIssues(error: z.ZodError, root: z.ZodType, input: unknown): string {
  const lines = error.issues.map((issue) => describeIssue(issue, root, input));
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, SHOWN_ISSUES).join('; ');
  const more = unique.length - SHOWN_ISSUES;
  return more > 0 ? `${shown}; and ${more} more ${more === 1 ? 'problem' : 'problems'}` : shown;
}

/** `input` is the value that was validated: zod does not keep it, and "missing" depends on it. */
export function describeIssue(issue: z.core.$ZodIssue, root: z.ZodType, input: unknown): string {
  const where = formatPath(issue.path);
  const missing = issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined;
  return `${where === '' ? 'value' : where}: ${missing ? 'is missing' : expectation(issue, root)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, part)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function expectation(issue: z.core.$ZodIssue, root: z.ZodType): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map(quote).join(', ')}`;
  }
  const { schema, nullable } = schemaAt(root, issue.path);
  const orNull = nullable ? ', or null' : '';
  if (schema instanceof z.ZodNumber) return `must be ${describeNumber(schema)}${orNull}`;
  if (schema instanceof z.ZodBoolean) return `must be true or false${orNull}`;
  if (schema instanceof z.ZodEnum) {
    return `must be one of ${schema.options.map((o) => quote(String(o))).join(', ')}`;
  }
  if (schema instanceof z.ZodString) return `must be ${describeString(schema)}${orNull}`;
  if (schema instanceof z.ZodArray) {
    const max = arrayMaxLength(schema);
    if (issue.code === 'too_big' && max !== null) {
      return `must have at most ${max} ${max === 1 ? 'entry' : 'entries'}`;
    }
    return 'must be a list';
  }
  if (schema instanceof z.ZodObject) return 'must be an object';
  return issue.message;
}

function describeNumber(schema: z.ZodNumber): string {
  const kind = schema.isInt ? 'a whole number' : 'a number';
  const min = finite(schema.minValue);
  const max = finite(schema.maxValue);
  if (min !== null && max !== null) return `${kind} from ${min} to ${max}`;
  if (min !== null) return `${kind} of at least ${min}`;
  if (max !== null) return `${kind} of at most ${max}`;
  return kind;
}

function describeString(schema: z.ZodString): string {
  const min = schema.minLength;
  const max = schema.maxLength;
  if (min !== null && min > 0 && max !== null) return `text of ${min} to ${max} characters`;
  if (max !== null) return `text of at most ${max} characters`;
  return 'text';
}

/** Integers beyond ±2^53 are zod's defaults for `.int()`, not limits the person chose. */
function finite(value: number | null): number | null {
  return value !== null && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : null;
}

function quote(text: string): string {
  return `"${text}"`;
}

/** Follows `path` through objects, lists, records and wrappers to the schema it names. */
function schemaAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
): { schema: z.ZodType | null; nullable: boolean } {
  let current: z.ZodType | null = root;
  let nullable = false;
  const unwrap = () => {
    nullable = false;
    while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) {
      if (current instanceof z.ZodNullable) nullable = true;
      current = current.unwrap() as z.ZodType;
    }
  };
  unwrap();
  for (const part of path) {
    if (current instanceof z.ZodObject) {
      current = (current.shape as Record<string, z.ZodType>)[String(part)] ?? null;
    } else if (current instanceof z.ZodArray) {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodRecord) {
      current = current.valueType as z.ZodType;
    } else {
      return { schema: null, nullable: false };
    }
    unwrap();
  }
  return { schema: current, nullable };
}
