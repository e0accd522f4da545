import { siteNamesInWords } from '../../sites/lookup';

/**
 * How to list the chat that matters. It is done from the chat itself (the popup reads the open
 * chat's name from the page), so the person never types anyone's name here.
 */

/** Real screenshots of the popup over the practice chat (npm run picture:welcome), in CSS pixels. */
const PICTURE = {
  light: '/welcome/guard-this-chat-light.png',
  dark: '/welcome/guard-this-chat-dark.png',
  width: 360,
  height: 397,
  alt: "The Second Thought popup opened over a chat with Alex. Under 'This chat: Alex', the switch 'Guard this chat' is turned on; 'Don't guard this chat' is below it, off.",
};

export function GuardOneChat() {
  return (
    <section class="card welcome__section welcome__chat" aria-labelledby="chat-title">
      <div class="welcome__chat-text">
        <h2 id="chat-title" class="welcome__heading">
          Guard the chat that matters
        </h2>
        <p class="welcome__intro">
          Tell Second Thought whose chat needs a second thought, usually your ex's. You do it from
          that chat, so there is nothing to type here.
        </p>
        <ol class="welcome__steps">
          <li>Open your chat with them in {siteNamesInWords('or')}.</li>
          <li>
            Click the Second Thought icon in the toolbar. Not there? It is in the Extensions menu
            (the puzzle piece); pin it to keep it at hand.
          </li>
          <li>
            Turn on <b>Guard this chat</b>.
          </li>
        </ol>
        <p class="hint">
          In the same place, <b>Don't guard this chat</b> leaves a chat alone entirely. Listed chats
          can be removed in the settings.
        </p>
      </div>
      <figure class="welcome__figure">
        <picture>
          <source srcSet={PICTURE.dark} media="(prefers-color-scheme: dark)" />
          <img
            class="welcome__picture"
            src={PICTURE.light}
            width={PICTURE.width}
            height={PICTURE.height}
            alt={PICTURE.alt}
          />
        </picture>
        <figcaption class="hint">The toolbar popup over a chat.</figcaption>
      </figure>
    </section>
  );
}
