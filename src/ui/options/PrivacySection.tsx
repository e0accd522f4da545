import { Section } from './Section';

/** What is kept, where, and what never happens. Must stay true: update it with the storage layer. */
export function PrivacySection() {
  return (
    <Section id="privacy" title="Privacy">
      <p>
        <b>Nothing leaves this device.</b> Second Thought makes no network requests, has no account
        and sends no analytics. Your drafts are read on the page, checked on the spot, and
        forgotten.
      </p>
      <p>What is stored, in this browser only:</p>
      <ul class="privacy-list">
        <li>these settings, including the chat names and phrases you add;</li>
        <li>
          counts of warnings and pauses, and what you chose each time (never the message text);
        </li>
        <li>
          the times of your recent messages per guarded chat, for up to a day, under a coded key
          rather than the chat's name;
        </li>
        <li>whether each site's page still looks as expected;</li>
        <li>unsent notes, only when you choose to save one.</li>
      </ul>
      <p>Removing the extension removes all of it.</p>
    </Section>
  );
}
