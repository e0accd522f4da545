import { useCallback, useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import { RULE_IDS, type RuleId } from '../../rules/types';
import { SITE_LABELS } from '../../sites/types';
import type { Corrections } from '../../storage/not-risky';
import { withoutRulesInChat } from '../../storage/not-risky';
import type { Settings } from '../../storage/settings-schema';
import { fetchCorrections, forgetCorrections } from '../data/background';
import { RULE_LABELS } from '../rule-text';
import { linked } from '../shared/rich';
import { Section } from './Section';
import type { Save } from './use-saver';

type Loaded = { status: 'loading' } | { status: 'error' } | { status: 'ready'; value: Corrections };

const known = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

function times(n: number): string {
  if (n === 2) return i18n.t('options.corrections.twice');
  return i18n.t('options.corrections.times', n, { count: formatCount(n) });
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
      setMessage(i18n.t('options.corrections.forgot', { pattern: RULE_LABELS[rule].name }));
    } catch {
      setMessage(i18n.t('popup.notes.failed'));
    }
    load();
  };

  return (
    <Section
      id="corrections"
      title={i18n.t('options.corrections.title')}
      intro={i18n.t('options.corrections.intro')}
    >
      {loaded.status === 'loading' && <p class="hint">{i18n.t('options.loadingShort')}</p>}
      {loaded.status === 'error' && (
        <div class="notice" role="alert">
          <p>{i18n.t('options.corrections.loadFailed')}</p>
          <button type="button" class="button" onClick={load}>
            {i18n.t('common.tryAgain')}
          </button>
        </div>
      )}
      {loaded.status === 'ready' && counted.length === 0 && offInChats.length === 0 && (
        <p class="hint">{i18n.t('options.corrections.none')}</p>
      )}
      {counted.length > 0 && (
        <>
          <h3 class="subhead">{i18n.t('options.corrections.byPattern')}</h3>
          <ul class="list" aria-label={i18n.t('options.corrections.byPatternLabel')}>
            {counted.map(([rule, count]) => (
              <li key={rule} class="list__item">
                <span>
                  {i18n.t('options.corrections.marked', {
                    pattern: RULE_LABELS[rule].name,
                    times: times(count),
                  })}
                </span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={i18n.t('options.corrections.removeCount', {
                    pattern: RULE_LABELS[rule].name,
                  })}
                  onClick={() => void forget(rule)}
                >
                  {i18n.t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {offInChats.length > 0 && (
        <>
          <h3 class="subhead">{i18n.t('options.corrections.inChat')}</h3>
          <ul class="list" aria-label={i18n.t('options.corrections.inChatLabel')}>
            {offInChats.map(({ chat, rule }) => (
              <li key={`${chat.site}:${chat.title}:${rule}`} class="list__item">
                <span>
                  {i18n.t('options.corrections.patternInChat', {
                    pattern: RULE_LABELS[rule].name,
                    chat: chat.title,
                  })}{' '}
                  <span class="tag">{SITE_LABELS[chat.site]}</span>
                </span>
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={i18n.t('options.corrections.flagAgain', {
                    pattern: RULE_LABELS[rule].name,
                    chat: chat.title,
                    site: SITE_LABELS[chat.site],
                  })}
                  onClick={() => save((s) => withoutRulesInChat(s, chat, [rule]))}
                >
                  {i18n.t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">{linked(i18n.t('options.corrections.phrasesLink'), '#phrases')}</p>
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </Section>
  );
}
