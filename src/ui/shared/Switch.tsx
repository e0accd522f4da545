/** An on/off switch: a real checkbox (keyboard and screen readers know it), styled as a switch. */
export function Switch({
  id,
  label,
  checked,
  onChange,
  description,
  describedBy,
  name,
}: {
  id: string;
  label: string;
  /** The accessible name when the visible label is shorter (a site's name under "Guard on"). */
  name?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  description?: string;
  /** Id of a hint shown elsewhere, when the description is not beside the label. */
  describedBy?: string;
}) {
  const descId = description ? `${id}-desc` : describedBy;
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch__input"
        aria-checked={checked}
        checked={checked}
        aria-describedby={descId}
        aria-label={name}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id} class="switch__label">
        {label}
        {description && (
          <span id={descId} class="switch__desc">
            {description}
          </span>
        )}
      </label>
    </div>
  );
}
