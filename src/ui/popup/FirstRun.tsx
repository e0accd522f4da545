import { siteNamesInWords } from '../../sites/lookup';

/** What the extension does and how to start, shown until anything has been counted. */
export function FirstRun() {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" class="first-run__title">
        A moment to think before you send
      </h2>
      <p>
        Second Thought notices drafts you might regret sending to an ex and pauses before they go.
        You always decide. Everything stays on this device.
      </p>
      <ol class="first-run__steps">
        <li>Open {siteNamesInWords('or')} in this browser.</li>
        <li>
          Open your chat with your ex and choose <b>Guard this chat</b> here: everything you write
          there gets a second thought, even "I love you".
        </li>
        <li>Write as you normally would. If a draft looks risky, you get a gentle pause.</li>
      </ol>
    </section>
  );
}
