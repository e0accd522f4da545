import { useEffect, useRef } from 'preact/hooks';
import type { NotRiskyOffer } from '../../guard/not-risky-offer';
import type { NotRiskyChoice } from '../../storage/not-risky';
import { trusted } from './trusted';

/** A phrase as the button quotes it: one line, not too long. */
function quoted(phrases: readonly string[]): string {
  const clip = (text: string) => (text.length > 32 ? `${text.slice(0, 31)}…` : text);
  const shown = phrases.slice(0, 2).map((p) => `“${clip(p)}”`);
  if (phrases.length > 2) shown.push(`${phrases.length - 2} more`);
  return shown.join(', ');
}

/** The label of the "never flag" choice: the phrase itself, so the person sees what is kept. */
export function neverFlagLabel(offer: NotRiskyOffer): string {
  return `Never flag ${quoted(offer.phrases)} again`;
}

/**
 * The one question "Not risky" asks: never flag this phrase again (anywhere), or not in this chat
 * (this rule, this chat only). Focus moves to the first choice, so a keyboard user lands on it.
 */
export function NotRiskyQuestion({
  offer,
  onChoose,
  onCancel,
}: {
  offer: NotRiskyOffer;
  onChoose(choice: NotRiskyChoice): void;
  onCancel(): void;
}) {
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const showPhrase = offer.phrases.length > 0;
  return (
    <fieldset class="st-question">
      <legend class="st-question__title">Not risky? Tell Second Thought what to change.</legend>
      <div class="st-question__choices">
        {showPhrase ? (
          <button
            ref={firstRef}
            type="button"
            class="st-btn st-btn--small"
            onClick={trusted(() => onChoose('phrase'))}
          >
            {neverFlagLabel(offer)}
          </button>
        ) : null}
        {offer.chat !== null ? (
          <button
            ref={showPhrase ? undefined : firstRef}
            type="button"
            class="st-btn st-btn--small"
            onClick={trusted(() => onChoose('chat'))}
          >
            Not in this chat
          </button>
        ) : null}
        <button
          type="button"
          class="st-btn st-btn--small st-btn--quiet"
          onClick={trusted(onCancel)}
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
