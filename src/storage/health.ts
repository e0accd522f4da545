import type { HealthView } from '../messaging/protocol';
import { siteIdSchema } from './settings-schema';
import { z } from './zod';

export const HEALTH_DETAIL_MAX_LENGTH = 200;

export const healthReportSchema = z.object({
  site: siteIdSchema,
  status: z.enum(['active', 'broken']),
  detail: z.string().max(HEALTH_DETAIL_MAX_LENGTH),
  at: z.number(),
});

/** The latest report per site; null until that site has been opened. */
export const healthSchema = z.object({
  whatsapp: healthReportSchema.nullable(),
  messenger: healthReportSchema.nullable(),
}) satisfies z.ZodType<HealthView>;

export const EMPTY_HEALTH: HealthView = { whatsapp: null, messenger: null };
