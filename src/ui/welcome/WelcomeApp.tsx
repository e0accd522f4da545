import { i18n } from '#i18n';
import { listInWords } from '../../i18n/locale';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import { openOptionsPage } from '../data/navigation';
import { rich } from '../shared/rich';
import { GuardOneChat } from './GuardOneChat';
import { SiteChoices } from './SiteChoices';

/**
 * The page opened once, on install: what happens and why in a few lines, the sites to guard, and
 * how to list the one chat that matters. Nothing to type: a chat is listed from the chat itself.
 */
export function WelcomeApp() {
  return (
    <main class="welcome">
      <header class="welcome__header">
        <h1 class="welcome__title">{i18n.t('welcome.title')}</h1>
        <p class="welcome__lead">{i18n.t('welcome.lead')}</p>
      </header>
      <WhatHappens />
      <SiteChoices />
      <GuardOneChat />
      <footer class="welcome__footer">
        <button type="button" class="button" onClick={() => openOptionsPage()}>
          {i18n.t('welcome.openSettings')}
        </button>
        <p class="hint">{i18n.t('welcome.settingsHint')}</p>
      </footer>
    </main>
  );
}

/** Who is guarded by default, what pauses where, and where the data stays (guidance.md). */
function WhatHappens() {
  return (
    <section class="card welcome__section" aria-labelledby="what-title">
      <h2 id="what-title" class="welcome__heading">
        {i18n.t('welcome.what.title')}
      </h2>
      <ul class="welcome__points">
        <li>
          {rich(
            i18n.t('welcome.what.everyChat', {
              sites: listInWords(SITE_IDS.map((id) => SITE_LABELS[id])),
            }),
          )}
        </li>
        <li>{rich(i18n.t('welcome.what.anywhere'))}</li>
        <li>{rich(i18n.t('welcome.what.timing'))}</li>
        <li>{rich(i18n.t('welcome.what.device'))}</li>
      </ul>
    </section>
  );
}
