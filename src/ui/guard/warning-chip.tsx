import type { Finding } from '../../rules/types';
import { chipName } from './rule-names';

export interface WarningModel {
  findings: Finding[];
  /** Where the composer is, in viewport pixels: the chip floats just above its right edge. */
  anchor: { top: number; right: number; width: number };
}

/** The chip's sentence: what was seen, quoting the first matched phrase. */
export function warningText(findings: readonly Finding[]): string {
  if (findings.some((f) => f.rule === 'self-harm')) {
    // No instruction to act on the draft: someone in crisis is not asked to press anything.
    return 'This sounds really painful. You deserve support right now, from someone you trust or a crisis line.';
  }
  const parts = findings.map((f) => {
    const quote = f.spans[0]?.text;
    const name = chipName(f);
    return quote ? `${name} (“${clip(quote)}”)` : name;
  });
  return `Second thought: ${joinPlain(parts)}.`;
}

/**
 * Everything the chip's look depends on, as one string: two models with the same key draw the
 * same chip, so the guard can skip re-rendering while the person types on without changing it.
 */
export function chipKey(model: WarningModel): string {
  const { top, right, width } = model.anchor;
  return `${warningText(model.findings)}|${top}|${right}|${width}|${window.innerWidth}x${window.innerHeight}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

function joinPlain(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Space between the chip and the editable area. The sites draw a padded pill or bar around the
 * editor, so the gap has to clear that frame too, or the chip sits on the site's own control.
 */
const CHIP_GAP_PX = 14;

/**
 * The chip is about as wide as the composer (plus the buttons beside it), so in a narrow
 * facebook.com pop-up it stays over its own chat window instead of spilling onto the next one.
 */
function chipMaxWidth(composerWidth: number): number {
  return Math.min(420, Math.max(260, composerWidth + 90), window.innerWidth - 32);
}

/**
 * A quiet, non-blocking note above the composer. The live region is always rendered so screen
 * readers announce changes; it is empty (and invisible) when the draft is fine.
 */
export function WarningChip({ model }: { model: WarningModel | null }) {
  const style = model
    ? {
        bottom: `${Math.max(8, window.innerHeight - model.anchor.top + CHIP_GAP_PX)}px`,
        right: `${Math.max(8, window.innerWidth - model.anchor.right)}px`,
        maxWidth: `${chipMaxWidth(model.anchor.width)}px`,
      }
    : undefined;
  return (
    <div
      role="status"
      aria-live="polite"
      class={model ? 'st-chip st-chip--on' : 'st-chip'}
      style={style}
    >
      {model ? (
        <>
          <span class="st-chip__dot" aria-hidden="true" />
          <span class="st-chip__text">{warningText(model.findings)}</span>
        </>
      ) : null}
    </div>
  );
}
