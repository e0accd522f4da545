import { siteNamesInWords } from '../../sites/lookup';
import { openOptionsPage } from '../data/navigation';
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
        <h1 class="welcome__title">Welcome to Second Thought</h1>
        <p class="welcome__lead">A moment to think before you message an ex.</p>
      </header>
      <WhatHappens />
      <SiteChoices />
      <GuardOneChat />
      <footer class="welcome__footer">
        <button type="button" class="button" onClick={() => openOptionsPage()}>
          Open all settings
        </button>
        <p class="hint">Quiet hours, patterns, phrases and unsent notes are there.</p>
      </footer>
    </main>
  );
}

/** Who is guarded by default, what pauses where, and where the data stays (guidance.md). */
function WhatHappens() {
  return (
    <section class="card welcome__section" aria-labelledby="what-title">
      <h2 id="what-title" class="welcome__heading">
        What happens now
      </h2>
      <ul class="welcome__points">
        <li>
          <b>It is on in every chat from the start</b>, in {siteNamesInWords()}. When a draft might
          be one you regret, it pauses before sending: keep editing, save it as an unsent note, or
          send it anyway. You always decide.
        </li>
        <li>
          <b>Words that sound like a message to an ex pause anywhere</b>: pleading to try again, "I
          still love you", blame for how it ended. "Happy birthday Mum, love you" sends at once.
        </li>
        <li>
          <b>Timing pauses only in the chats you list.</b> Late at night, or writing again while
          your last messages are unanswered: that matters with an ex, not with a colleague. In a
          listed chat everything counts, even a plain "I love you".
        </li>
        <li>
          <b>Everything stays on this device.</b> No account, no server; nothing you write is sent
          anywhere.
        </li>
      </ul>
    </section>
  );
}
