import { i18n } from '#i18n';
import { listInWords } from '../../i18n/locale';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import { rich } from '../shared/rich';

/**
 * How to list the chat that matters. It is done from the chat itself (the popup reads the open
 * chat's name from the page), so the person never types anyone's name here.
 */

/** Real screenshots of the popup over the practice chat (npm run picture:welcome), in CSS pixels. */
const PICTURE = {
  /** Each language has its own picture (npm run picture:welcome, per SCREENSHOT_LANG). */
  light: () => `/welcome/${i18n.t('welcome.chat.pictureName')}-light.png`,
  dark: () => `/welcome/${i18n.t('welcome.chat.pictureName')}-dark.png`,
  width: 360,
  height: () => Number(i18n.t('welcome.chat.pictureHeight')),
};

export function GuardOneChat() {
  return (
    <section class="card welcome__section welcome__chat" aria-labelledby="chat-title">
      <div class="welcome__chat-text">
        <h2 id="chat-title" class="welcome__heading">
          {i18n.t('welcome.chat.title')}
        </h2>
        <p class="welcome__intro">{i18n.t('welcome.chat.intro')}</p>
        <ol class="welcome__steps">
          <li>
            {i18n.t('welcome.chat.open', {
              sites: listInWords(
                SITE_IDS.map((id) => SITE_LABELS[id]),
                'or',
              ),
            })}
          </li>
          <li>{i18n.t('welcome.chat.icon')}</li>
          <li>{rich(i18n.t('welcome.chat.turnOn'))}</li>
        </ol>
        <p class="hint">{rich(i18n.t('welcome.chat.leave'))}</p>
      </div>
      <figure class="welcome__figure">
        <picture>
          <source srcSet={PICTURE.dark()} media="(prefers-color-scheme: dark)" />
          <img
            class="welcome__picture"
            src={PICTURE.light()}
            width={PICTURE.width}
            height={PICTURE.height()}
            alt={i18n.t('welcome.chat.pictureAlt')}
          />
        </picture>
        <figcaption class="hint">{i18n.t('welcome.chat.caption')}</figcaption>
      </figure>
    </section>
  );
}
