import type { HealthView } from '../messaging/protocol';
import { SITE_IDS, type SiteId } from '../sites/types';
import { LIMITS, siteIdSchema } from './settings-schema';
import { z } from './zod';

export const HEALTH_DETAIL_MAX_LENGTH = 200;

export const healthReportSchema = z.object({
  site: siteIdSchema,
  status: z.enum(['active', 'broken']),
  detail: z.string().max(HEALTH_DETAIL_MAX_LENGTH),
  at: z.number(),
});

const noReportYet = healthReportSchema.nullable().default(null);

/** A report for a site this release does not know (saved by a release that has it). */
const otherSiteReport = healthReportSchema
  .extend({ site: z.string().min(1).max(LIMITS.switchIdLength) })
  .nullable();

/**
 * The latest report per site; null until that site has been opened. Still version 1: a record
 * saved before a site was added to the table lacks it, and reads as "not opened yet"; a report
 * for a site this release does not know (saved by a newer release) is kept as it is. Neither is
 * damage, so neither is reset or noticed; anything else under a key is.
 */
export const healthSchema = z
  .object(
    Object.fromEntries(SITE_IDS.map((id) => [id, noReportYet])) as Record<
      SiteId,
      typeof noReportYet
    >,
  )
  .catchall(otherSiteReport) satisfies z.ZodType<HealthView>;

export const EMPTY_HEALTH: HealthView = Object.fromEntries(
  SITE_IDS.map((id) => [id, null]),
) as HealthView;
