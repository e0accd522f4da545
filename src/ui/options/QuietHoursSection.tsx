import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLocale } from '../../i18n/locale';
import type { Settings } from '../../storage/settings-schema';
import { minutesToTime, timeToMinutes } from '../shared/format';
import { Section } from './Section';
import type { Save } from './use-saver';

// Monday first, as most calendars show it; values are Date#getDay numbers (0 = Sunday).
const DAYS = [1, 2, 3, 4, 5, 6, 0];

/** A weekday's name in the interface language, capitalised as a label ("Lunes", "Segunda-feira"). */
function dayName(day: number): string {
  // 2023-01-01 was a Sunday: day 0.
  const name = new Date(Date.UTC(2023, 0, 1 + day)).toLocaleDateString(uiLocale(), {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return name.charAt(0).toLocaleUpperCase(uiLocale()) + name.slice(1);
}

type Quiet = Settings['engine']['quietHours'];

export function QuietHoursSection({ settings, save }: { settings: Settings; save: Save }) {
  const quiet = settings.engine.quietHours;
  const setQuiet = (change: Partial<Quiet>) =>
    save((s) => ({
      ...s,
      engine: { ...s.engine, quietHours: { ...s.engine.quietHours, ...change } },
    }));
  const toggleDay = (day: number, on: boolean) => {
    const days = on ? [...quiet.days, day] : quiet.days.filter((d) => d !== day);
    setQuiet({ days: [...new Set(days)].sort((a, b) => a - b) });
  };

  return (
    <Section
      id="quiet-hours"
      title={i18n.t('options.nav.quietHours')}
      intro={i18n.t('options.quiet.intro')}
    >
      <div class="row">
        <TimeField
          id="quiet-start"
          label={i18n.t('options.quiet.from')}
          minutes={quiet.start}
          onValid={(start) => setQuiet({ start })}
        />
        <TimeField
          id="quiet-end"
          label={i18n.t('options.quiet.until')}
          minutes={quiet.end}
          onValid={(end) => setQuiet({ end })}
        />
      </div>
      {quiet.start === quiet.end && <p class="hint">{i18n.t('options.quiet.same')}</p>}
      <fieldset class="days">
        <legend class="field__label">{i18n.t('options.quiet.nights')}</legend>
        {DAYS.map((day) => (
          <label key={day} class="day">
            <input
              type="checkbox"
              checked={quiet.days.includes(day)}
              onChange={(e) => toggleDay(day, e.currentTarget.checked)}
            />
            {dayName(day)}
          </label>
        ))}
      </fieldset>
      {quiet.days.length === 0 && <p class="hint">{i18n.t('options.quiet.noNights')}</p>}
    </Section>
  );
}

/** A native time input; an incomplete time (being typed) is simply not saved yet. */
function TimeField({
  id,
  label,
  minutes,
  onValid,
}: {
  id: string;
  label: string;
  minutes: number;
  onValid: (minutes: number) => void;
}) {
  const [error, setError] = useState(false);
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
      </label>
      <input
        id={id}
        type="time"
        class="input"
        value={minutesToTime(minutes)}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const value = timeToMinutes(e.currentTarget.value);
          setError(value === null);
          if (value !== null && value !== minutes) onValid(value);
        }}
      />
      {error && (
        <p id={`${id}-error`} class="field__error" role="alert">
          {i18n.t('options.quiet.badTime')}
        </p>
      )}
    </div>
  );
}
