import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { RULE_IDS, type RuleId } from '../../rules/types';
import type { Settings } from '../../storage/settings-schema';
import { RULE_LABELS } from '../rule-text';
import { Section } from './Section';
import type { Save } from './use-saver';
import { checkListEntry, PHRASE_LIST } from './validation';

type Engine = Settings['engine'];

/** The person's own words: phrases to watch for, and phrases that are always fine. */
export function PhrasesSection({ settings, save }: { settings: Settings; save: Save }) {
  const setEngine = (change: (e: Engine) => Partial<Engine>) =>
    save((s) => ({ ...s, engine: { ...s.engine, ...change(s.engine) } }));
  const { watchPhrases, neverFlag } = settings.engine;

  return (
    <Section
      id="phrases"
      title={i18n.t('options.phrases.title')}
      intro={i18n.t('options.phrases.intro')}
    >
      <h3 class="subhead">{i18n.t('options.phrases.watch')}</h3>
      <PhraseList
        label={i18n.t('options.phrases.watch')}
        items={watchPhrases.map((w) => ({
          key: w.phrase,
          text: w.phrase,
          tag: RULE_LABELS[w.rule].name,
        }))}
        empty={i18n.t('options.phrases.watchNone')}
        onRemove={(phrase) =>
          setEngine((e) => ({ watchPhrases: e.watchPhrases.filter((w) => w.phrase !== phrase) }))
        }
      />
      <AddPhrase
        id="watch"
        existing={watchPhrases.map((w) => w.phrase)}
        withRule
        onAdd={(phrase, rule) =>
          setEngine((e) => ({ watchPhrases: [...e.watchPhrases, { phrase, rule }] }))
        }
      />

      <h3 class="subhead">{i18n.t('options.phrases.never')}</h3>
      <PhraseList
        label={i18n.t('options.phrases.neverLabel')}
        items={neverFlag.map((p) => ({ key: p, text: p }))}
        empty={i18n.t('options.phrases.neverNone')}
        onRemove={(phrase) =>
          setEngine((e) => ({ neverFlag: e.neverFlag.filter((p) => p !== phrase) }))
        }
      />
      <AddPhrase
        id="never"
        existing={neverFlag}
        onAdd={(phrase) => setEngine((e) => ({ neverFlag: [...e.neverFlag, phrase] }))}
      />
    </Section>
  );
}

function PhraseList({
  label,
  items,
  empty,
  onRemove,
}: {
  label: string;
  items: { key: string; text: string; tag?: string }[];
  empty: string;
  onRemove: (key: string) => void;
}) {
  if (items.length === 0) return <p class="hint">{empty}</p>;
  return (
    <ul class="list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} class="list__item">
          <span>
            {i18n.t('notRisky.phrase', { phrase: item.text })}{' '}
            {item.tag && <span class="tag">{item.tag}</span>}
          </span>
          <button
            type="button"
            class="button button--quiet"
            aria-label={i18n.t('options.phrases.remove', { phrase: item.text })}
            onClick={() => onRemove(item.key)}
          >
            {i18n.t('common.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddPhrase({
  id,
  existing,
  withRule = false,
  onAdd,
}: {
  id: string;
  existing: string[];
  withRule?: boolean;
  onAdd: (phrase: string, rule: RuleId) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [rule, setRule] = useState<RuleId>('begging');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = checkListEntry(text, existing, PHRASE_LIST);
    if (!checked.ok) return setError(checked.error);
    if (await onAdd(checked.value, rule)) {
      setText('');
      setError(null);
    }
  };

  return (
    <>
      <form class="add-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for={`${id}-phrase`} class="field__label">
            {i18n.t('options.phrases.phrase')}
          </label>
          <input
            id={`${id}-phrase`}
            class="input"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-phrase-error` : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
          />
        </div>
        {withRule && (
          <div class="field">
            <label for={`${id}-rule`} class="field__label">
              {i18n.t('options.phrases.countsAs')}
            </label>
            <select
              id={`${id}-rule`}
              class="input"
              value={rule}
              onChange={(e) => setRule(e.currentTarget.value as RuleId)}
            >
              {RULE_IDS.map((r) => (
                <option key={r} value={r}>
                  {RULE_LABELS[r].name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" class="button">
          {i18n.t('options.phrases.add')}
        </button>
      </form>
      {error && (
        <p id={`${id}-phrase-error`} class="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
