import { useCallback, useEffect, useState } from 'preact/hooks';
import { RULE_IDS, type RuleId } from '../../rules/types';
import { SITE_LABELS } from '../../sites/types';
import type { Corrections } from '../../storage/not-risky';
import { withoutRulesInChat } from '../../storage/not-risky';
import type { Settings } from '../../storage/settings-schema';
import { fetchCorrections, forgetCorrections } from '../data/background';
import { RULE_LABELS } from '../rule-text';
import { Section } from './Section';
import type { Save } from './use-saver';

type Loaded = { status: 'loading' } | { status: 'error' } | { status: 'ready'; value: Corrections };

const known = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * What the person marked "Not risky" from a warning or the pause dialog: how often, by pattern,
 * and the patterns switched off for one chat, each of which can be turned back on. Phrases they
 * chose never to flag live in the never-flag list (Phrases), the only place they are kept.
 */
export function CorrectionsSection({ settings, save }: { settings: Settings; save: Save }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [message, setMessage] = useState('');
  const load = useCallback(() => {
    fetchCorrections().then(
      (value) => setLoaded({ status: 'ready', value }),
      () => setLoaded({ status: 'error' }),
    );
  }, []);
  useEffect(load, []);

  const counted =
    loaded.status === 'ready'
      ? Object.entries(loaded.value.byRule)
          .filter((entry): entry is [RuleId, number] => known(entry[0]) && entry[1] > 0)
          .sort((a, b) => b[1] - a[1])
      : [];
  const offInChats = settings.rulesOffInChats.flatMap((chat) =>
    chat.rules.filter(known).map((rule) => ({ chat, rule })),
  );

  const forget = async (rule: RuleId) => {
    try {
      await forgetCorrections(rule);
      setMessage(`Forgot the count for ${RULE_LABELS[rule].name}.`);
    } catch {
      setMessage('That did not work. Please try again.');
    }
    load();
  };

  return (
    <Section
      id="corrections"
      title="Marked not risky"
      intro='When a warning gets it wrong, press "Not risky" on it. What you marked is kept here, and each can be undone.'
    >
      {loaded.status === 'loading' && <p class="hint">Loading…</p>}
      {loaded.status === 'error' && (
        <div class="notice" role="alert">
          <p>The counts could not be loaded.</p>
          <button type="button" class="button" onClick={load}>
            Try again
          </button>
        </div>
      )}
      {loaded.status === 'ready' && counted.length === 0 && offInChats.length === 0 && (
        <p class="hint">Nothing marked yet.</p>
      )}
      {counted.length > 0 && (
        <>
          <h3 class="subhead">How often, by pattern</h3>
          <ul class="list" aria-label="Marked not risky, by pattern">
            {counted.map(([rule, count]) => (
              <li key={rule} class="list__item">
                <span>
                  {RULE_LABELS[rule].name}: marked not risky {times(count)}
                </span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={`Remove the count for ${RULE_LABELS[rule].name}`}
                  onClick={() => void forget(rule)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {offInChats.length > 0 && (
        <>
          <h3 class="subhead">Not flagged in one chat</h3>
          <ul class="list" aria-label="Patterns not flagged in one chat">
            {offInChats.map(({ chat, rule }) => (
              <li key={`${chat.site}:${chat.title}:${rule}`} class="list__item">
                <span>
                  {RULE_LABELS[rule].name} in {chat.title}{' '}
                  <span class="tag">{SITE_LABELS[chat.site]}</span>
                </span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={`Flag ${RULE_LABELS[rule].name} in ${chat.title} on ${SITE_LABELS[chat.site]} again`}
                  onClick={() => save((s) => withoutRulesInChat(s, chat, [rule]))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">
        Phrases you chose never to flag are in <a href="#phrases">Phrases</a>, where each can be
        removed.
      </p>
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </Section>
  );
}
