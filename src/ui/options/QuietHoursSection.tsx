import { useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings-schema';
import { minutesToTime, timeToMinutes } from '../shared/format';
import { Section } from './Section';
import type { Save } from './use-saver';

// Monday first, as most calendars show it; values are Date#getDay numbers (0 = Sunday).
const DAYS = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 0, label: 'Sunday' },
];

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
      title="Quiet hours"
      intro="Messages written late at night are flagged as late-night messages. A night belongs to the day it starts on."
    >
      <div class="row">
        <TimeField
          id="quiet-start"
          label="From"
          minutes={quiet.start}
          onValid={(start) => setQuiet({ start })}
        />
        <TimeField
          id="quiet-end"
          label="Until"
          minutes={quiet.end}
          onValid={(end) => setQuiet({ end })}
        />
      </div>
      {quiet.start === quiet.end && (
        <p class="hint">Start and end are the same, so there are no quiet hours.</p>
      )}
      <fieldset class="days">
        <legend class="field__label">On these nights</legend>
        {DAYS.map((day) => (
          <label key={day.value} class="day">
            <input
              type="checkbox"
              checked={quiet.days.includes(day.value)}
              onChange={(e) => toggleDay(day.value, e.currentTarget.checked)}
            />
            {day.label}
          </label>
        ))}
      </fieldset>
      {quiet.days.length === 0 && (
        <p class="hint">No nights chosen: late-night messages will not be flagged.</p>
      )}
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
          Enter a time, for example 22:00.
        </p>
      )}
    </div>
  );
}
