import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { Settings } from '../../storage/settings-schema';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { Save } from './use-saver';
import { BOUNDS } from './validation';

type Engine = Settings['engine'];

const SENSITIVITY: { value: Engine['sensitivity']; label: () => string; desc: () => string }[] = [
  {
    value: 'gentle',
    label: () => i18n.t('options.limits.gentle'),
    desc: () => i18n.t('options.limits.gentleDesc'),
  },
  {
    value: 'balanced',
    label: () => i18n.t('options.limits.balanced'),
    desc: () => i18n.t('options.limits.balancedDesc'),
  },
  {
    value: 'strict',
    label: () => i18n.t('options.limits.strict'),
    desc: () => i18n.t('options.limits.strictDesc'),
  },
];

/** How often, how many, how long, how strict. */
export function LimitsSection({ settings, save }: { settings: Settings; save: Save }) {
  const engine = settings.engine;
  const setEngine = (change: (e: Engine) => Partial<Engine>) =>
    save((s) => ({ ...s, engine: { ...s.engine, ...change(s.engine) } }));

  return (
    <Section id="limits" title={i18n.t('options.nav.limits')}>
      <div class="row">
        <NumberField
          id="per-hour"
          label={i18n.t('options.limits.perHour')}
          hint={i18n.t('options.limits.perHourHint')}
          value={engine.frequency.perHour}
          bounds={BOUNDS.perHour}
          onValid={(perHour) => setEngine((e) => ({ frequency: { ...e.frequency, perHour } }))}
        />
        <NumberField
          id="per-day"
          label={i18n.t('options.limits.perDay')}
          hint={i18n.t('options.limits.perDayHint')}
          value={engine.frequency.perDay}
          bounds={BOUNDS.perDay}
          onValid={(perDay) => setEngine((e) => ({ frequency: { ...e.frequency, perDay } }))}
        />
        <NumberField
          id="double-text"
          label={i18n.t('options.limits.unanswered')}
          hint={i18n.t('options.limits.unansweredHint')}
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
        <legend class="field__label">{i18n.t('options.limits.sensitivity')}</legend>
        {SENSITIVITY.map((option) => (
          <label key={option.value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              checked={engine.sensitivity === option.value}
              onChange={() => setEngine(() => ({ sensitivity: option.value }))}
            />
            <span>
              {option.label()}
              <span class="choice__desc">{option.desc()}</span>
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
  const spoken = i18n.t('options.limits.seconds', shown, { count: formatCount(shown) });
  return (
    <div class="field">
      <label for="pause-seconds" class="field__label">
        {i18n.t('options.limits.pauseLength')}
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
        {i18n.t('options.limits.pauseHint')}
      </p>
    </div>
  );
}
