import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { NotRiskyOffer } from '../../guard/not-risky-offer';
import { listInWords } from '../../i18n/locale';
import type { Finding } from '../../rules/types';
import type { NotRiskyChoice } from '../../storage/not-risky';
import { aboveComposer, type ComposerAnchor } from './above-composer';
import { NotRiskyQuestion } from './not-risky-question';
import { chipName } from './rule-names';
import { trusted } from './trusted';

export interface WarningModel {
  findings: Finding[];
  /** Where the composer is, in viewport pixels: the chip floats just above its right edge. */
  anchor: ComposerAnchor;
  /** What "Not risky" can change here; null: the chip offers no correction. */
  offer: NotRiskyOffer | null;
}

/** The chip's sentence: what was seen, quoting the first matched phrase. */
export function warningText(findings: readonly Finding[]): string {
  if (findings.some((f) => f.rule === 'self-harm')) {
    // No instruction to act on the draft: someone in crisis is not asked to press anything.
    return i18n.t('chip.care');
  }
  const parts = findings.map((f) => {
    const quote = f.spans[0]?.text;
    const name = chipName(f);
    return quote ? i18n.t('chip.quoted', { name, quote: clip(quote) }) : name;
  });
  return i18n.t('chip.text', { findings: listInWords(parts) });
}

/**
 * Everything the chip's look depends on, as one string: two models with the same key draw the
 * same chip, so the guard can skip re-rendering while the person types on without changing it.
 */
export function chipKey(model: WarningModel): string {
  const { top, right, width } = model.anchor;
  const offer = model.offer ? `${model.offer.phrases.join('\u0000')}|${model.offer.chat}` : '';
  return `${warningText(model.findings)}|${offer}|${top}|${right}|${width}|${window.innerWidth}x${window.innerHeight}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/**
 * The chip is about as wide as the composer (plus the buttons beside it), so in a narrow
 * facebook.com pop-up it stays over its own chat window instead of spilling onto the next one.
 */
function chipMaxWidth(composerWidth: number): number {
  return Math.min(420, Math.max(260, composerWidth + 90));
}

/**
 * A quiet, non-blocking note above the composer. The live region is always rendered so screen
 * readers announce changes; it is empty (and invisible) when the draft is fine. "Not risky" opens
 * the one question of a correction in place; the chip takes the pointer only on its buttons, so
 * it never blocks the site under its text.
 */
export function WarningChip({
  model,
  onNotRisky,
  onCancel,
}: {
  model: WarningModel | null;
  onNotRisky(choice: NotRiskyChoice): void;
  /** The question was cancelled: focus goes back to the message box. */
  onCancel(): void;
}) {
  const [asking, setAsking] = useState(false);
  const shown = model !== null;
  useEffect(() => {
    if (!shown) setAsking(false);
  }, [shown]);
  const style = model ? aboveComposer(model.anchor, chipMaxWidth(model.anchor.width)) : undefined;
  const offer = model?.offer ?? null;
  const question = asking && offer !== null;
  return (
    <div class={model ? 'st-chip st-chip--on' : 'st-chip'} style={style}>
      {model ? <span class="st-chip__dot" aria-hidden="true" /> : null}
      <div class="st-chip__body">
        <p class="st-chip__text" role="status" aria-live="polite">
          {model ? warningText(model.findings) : ''}
        </p>
        {question ? (
          <NotRiskyQuestion
            offer={offer}
            onChoose={(choice) => {
              setAsking(false);
              onNotRisky(choice);
            }}
            onCancel={() => {
              setAsking(false);
              onCancel();
            }}
          />
        ) : offer !== null ? (
          <button type="button" class="st-chip__correct" onClick={trusted(() => setAsking(true))}>
            {i18n.t('notRisky.button')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
