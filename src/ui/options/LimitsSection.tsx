import { useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings-schema';
import { plural } from '../shared/format';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { Save } from './use-saver';
import { BOUNDS } from './validation';

type Engine = Settings['engine'];

const SENSITIVITY: { value: Engine['sensitivity']; label: string; desc: string }[] = [
  { value: 'gentle', label: 'Gentle', desc: 'Only clear-cut phrasings.' },
  {
    value: 'balanced',
    label: 'Balanced',
    desc: 'The default: clear phrasings and common variants.',
  },
  { value: 'strict', label: 'Strict', desc: 'Also softer hints. Expect more pauses.' },
];

/** How often, how many, how long, how strict. */
export function LimitsSection({ settings, save }: { settings: Settings; save: Save }) {
  const engine = settings.engine;
  const setEngine = (change: (e: Engine) => Partial<Engine>) =>
    save((s) => ({ ...s, engine: { ...s.engine, ...change(s.engine) } }));

  return (
    <Section id="limits" title="When to pause">
      <div class="row">
        <NumberField
          id="per-hour"
          label="Messages within an hour"
          hint="The message that reaches this count is flagged."
          value={engine.frequency.perHour}
          bounds={BOUNDS.perHour}
          onValid={(perHour) => setEngine((e) => ({ frequency: { ...e.frequency, perHour } }))}
        />
        <NumberField
          id="per-day"
          label="Messages within a day"
          hint="Counted per chat, over the last 24 hours."
          value={engine.frequency.perDay}
          bounds={BOUNDS.perDay}
          onValid={(perDay) => setEngine((e) => ({ frequency: { ...e.frequency, perDay } }))}
        />
        <NumberField
          id="double-text"
          label="Unanswered messages"
          hint="Writing again after this many without a reply is flagged."
          value={engine.doubleText.unanswered}
          bounds={BOUNDS.unanswered}
          onValid={(unanswered) => setEngine(() => ({ doubleText: { unanswered } }))}
        />
      </div>

      <PauseField
        seconds={settings.pauseSeconds}
        onChange={(pauseSeconds) => save((s) => ({ ...s, pauseSeconds }))}
      />

      <fieldset class="choices">
        <legend class="field__label">Sensitivity</legend>
        {SENSITIVITY.map((option) => (
          <label key={option.value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              checked={engine.sensitivity === option.value}
              onChange={() => setEngine(() => ({ sensitivity: option.value }))}
            />
            <span>
              {option.label}
              <span class="choice__desc">{option.desc}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

/** A slider that shows its value while dragging and saves once it is let go. */
function PauseField({ seconds, onChange }: { seconds: number; onChange: (s: number) => void }) {
  const [shown, setShown] = useState(seconds);
  const [savedShown, setSavedShown] = useState(seconds);
  if (savedShown !== seconds) {
    setSavedShown(seconds);
    setShown(seconds);
  }
  const spoken = plural(shown, 'second', 'seconds');
  return (
    <div class="field">
      <label for="pause-seconds" class="field__label">
        Pause length
      </label>
      <div class="field__control">
        <input
          id="pause-seconds"
          type="range"
          class="range"
          min={BOUNDS.pauseSeconds.min}
          max={BOUNDS.pauseSeconds.max}
          step={1}
          value={shown}
          aria-valuetext={spoken}
          aria-describedby="pause-seconds-hint"
          onInput={(e) => setShown(Number(e.currentTarget.value))}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <output for="pause-seconds" class="field__unit">
          {spoken}
        </output>
      </div>
      <p id="pause-seconds-hint" class="hint">
        How long "Send anyway" waits before it can be pressed. 0 lets it be pressed at once.
      </p>
    </div>
  );
}
