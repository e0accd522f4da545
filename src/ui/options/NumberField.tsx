import { useState } from 'preact/hooks';
import { type Bounds, checkWholeNumber } from './validation';

/**
 * A whole-number input that saves each valid value as it is typed. A wrong value is never saved;
 * its message appears when the person leaves the field (not mid-keystroke while typing "10").
 */
export function NumberField({
  id,
  label,
  hint,
  unit,
  value,
  bounds,
  onValid,
}: {
  id: string;
  label: string;
  hint?: string;
  unit?: string;
  value: number;
  bounds: Bounds;
  onValid: (value: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // A change from elsewhere (another tab, an import) replaces what is shown. Adjusted during
  // render, not in an effect, so a late effect can never overwrite what is being typed.
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(String(value));
    setError(null);
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
      </label>
      <div class="field__control">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          class="input input--number"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={
            [hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined
          }
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            const checked = checkWholeNumber(text, bounds);
            if (checked.ok) {
              setError(null);
              if (checked.value !== value) onValid(checked.value);
            }
          }}
          onBlur={(e) => {
            const checked = checkWholeNumber(e.currentTarget.value, bounds);
            setError(checked.ok ? null : checked.error);
          }}
        />
        {unit && <span class="field__unit">{unit}</span>}
      </div>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
