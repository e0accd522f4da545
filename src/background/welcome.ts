/**
 * The first-run welcome page: opened once, when the extension is installed. An update, a browser
 * update or a browser start must not open a tab the person did not ask for.
 */

/** The welcome page inside the extension (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

/** The part of runtime.onInstalled's details this decision reads. */
export interface InstallDetails {
  reason: string;
}

/** Only a fresh install welcomes; "update", "chrome_update" and "shared_module_update" do not. */
export function opensWelcome(details: InstallDetails): boolean {
  return details.reason === 'install';
}

/**
 * The onInstalled listener: opens the welcome page in a new tab on install. A tab that cannot be
 * opened (no window, a locked-down browser) is no reason to fail anything else: the popup's first
 * run says how to start too.
 */
export function welcomeOnInstall(open: (url: string) => Promise<unknown>, pageUrl: string) {
  return (details: InstallDetails): Promise<void> => {
    if (!opensWelcome(details)) return Promise.resolve();
    return open(pageUrl).then(
      () => undefined,
      () => undefined,
    );
  };
}
