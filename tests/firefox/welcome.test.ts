// Installing the add-on in Firefox opens the welcome page by itself, at moz-extension://<uuid>/,
// with the site switches and the picture of the popup's "Guard this chat" loaded.
import { describe, expect, it } from 'vitest';
import { extensionUrl } from './harness/extension-pages';
import { useFirefox } from './harness/fixture';
import { WAIT } from './harness/guard';

const firefox = useFirefox({ keepWelcomePage: true });

describe('welcome page in Firefox', () => {
  it('opens by itself on install, with the site switches and the popup picture', async () => {
    const page = firefox().welcomePage;
    if (!page) throw new Error('the install opened no welcome page');
    const shown = () =>
      page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('.welcome__figure img');
        return {
          href: location.href,
          title: document.querySelector('h1')?.textContent,
          switches: [...document.querySelectorAll('[role="switch"]')].map(
            (s) => `${s.id}: ${(s as HTMLInputElement).checked}`,
          ),
          picture: img ? img.complete && img.naturalWidth > 0 : null,
        };
      });
    await expect.poll(shown, WAIT).toEqual({
      href: extensionUrl(firefox(), 'welcome.html'),
      title: 'Welcome to Second Thought',
      switches: [
        'site-whatsapp: true',
        'site-messenger: true',
        'site-google-messages: true',
        'site-instagram: true',
        'site-telegram: true',
      ],
      picture: true,
    });
  });
});
