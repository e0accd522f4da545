import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { NotRiskyOffer } from '../../guard/not-risky-offer';
import { formatCount } from '../../i18n/locale';
import type { NotRiskyChoice } from '../../storage/not-risky';
import { trusted } from './trusted';

/** A phrase as the button quotes it: one line, not too long. */
function quoted(phrases: readonly string[]): string {
  const clip = (text: string) => (text.length > 32 ? `${text.slice(0, 31)}…` : text);
  const shown = phrases.slice(0, 2).map((p) => i18n.t('notRisky.phrase', { phrase: clip(p) }));
  const more = phrases.length - 2;
  if (more > 0) shown.push(i18n.t('notRisky.more', more, { count: formatCount(more) }));
  return shown.join(', ');
}

/** The label of the "never flag" choice: the phrase itself, so the person sees what is kept. */
export function neverFlagLabel(offer: NotRiskyOffer): string {
  return i18n.t('notRisky.neverFlag', { phrases: quoted(offer.phrases) });
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
      <legend class="st-question__title">{i18n.t('notRisky.question')}</legend>
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
            {i18n.t('notRisky.notInChat')}
          </button>
        ) : null}
        <button
          type="button"
          class="st-btn st-btn--small st-btn--quiet"
          onClick={trusted(onCancel)}
        >
          {i18n.t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
