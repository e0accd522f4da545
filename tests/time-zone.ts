// The time zone every vitest run (unit and e2e) happens in, set by the vitest configs.
//
// Several rules depend on the local clock (`late-night`: 22:00-06:00 by default) and CI runs at
// any hour in whatever zone its machine has. A test that quietly relies on the hour (a "safe"
// draft that late-night holds at 23:00, a count "for today" that midnight splits) would then fail
// only on some runs. So the runs are pinned to a zone where it is the middle of the night when
// they start: local time 02:00-02:59, the risky side of the quiet hours, with hours of margin
// before 06:00 and after midnight, so no run crosses a boundary or changes date. A test that
// depends on it being daytime fails on every run, at once, not on one run in three.
//
// Chromium launched by the e2e harness inherits TZ from the environment, so the pages and the
// extension's service worker see the same local time as the tests (checked in
// tests/e2e/extension-loads.test.ts).
//
// TEST_TZ overrides it: `night` (the default), `day` (12:00-12:59 local, used by
// scripts/test-all.sh for a second unit run), `machine` (keep the environment's TZ), or any
// IANA zone name.

const NIGHT_HOUR = 2;
const DAY_HOUR = 12;

/**
 * The fixed-offset zone in which the local hour is `hour` at `now`. Etc/GMT names have inverted
 * signs (Etc/GMT+8 is UTC-8) and cover UTC-12 to UTC+14, which reaches every hour.
 */
export function zoneWithLocalHour(hour: number, now: Date = new Date()): string {
  let east = hour - now.getUTCHours();
  if (east < -12) east += 24;
  if (east > 14) east -= 24;
  if (east === 0) return 'Etc/GMT';
  return `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}

/** The zone TEST_TZ asks for (see above); undefined means the environment's own. */
export function testTimeZone(
  wanted: string | undefined,
  now: Date = new Date(),
): string | undefined {
  switch (wanted ?? 'night') {
    case 'night':
      return zoneWithLocalHour(NIGHT_HOUR, now);
    case 'day':
      return zoneWithLocalHour(DAY_HOUR, now);
    case 'machine':
      return process.env.TZ;
    default:
      return wanted;
  }
}

/**
 * Sets process.env.TZ for this run. Called from the vitest configs, before any worker or browser
 * starts, so they all inherit it.
 */
export function pinTestTimeZone(): void {
  const zone = testTimeZone(process.env.TEST_TZ);
  if (zone === undefined) return;
  process.env.TZ = zone;
  const local = new Date().toLocaleString('en-GB', { timeZone: zone });
  console.log(`tests run in time zone ${zone} (local time ${local}); TEST_TZ changes it`);
}
