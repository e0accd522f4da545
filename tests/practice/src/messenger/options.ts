// Where we are: facebook.com/messages/... or messenger.com/..., which thread the path names, and
// the `?popup=1` variant (a facebook.com pop-up chat window instead of the full page).
export type MessengerLocation = {
  /** Path prefix before /t/: "/messages" on facebook.com, "" on messenger.com. */
  base: string;
  threadId: string | null;
  popup: boolean;
  /** `popup=2`: a second pop-up chat open beside the first, as facebook.com allows. */
  secondPopup: boolean;
};

const THREAD_PATH = /^(.*?)\/(?:e2ee\/)?t\/([^/]+)/;

export function readLocation(loc: Location): MessengerLocation {
  const onFacebook = loc.hostname.endsWith('facebook.com');
  const match = THREAD_PATH.exec(loc.pathname);
  return {
    base: onFacebook ? '/messages' : '',
    threadId: match ? decodeURIComponent(match[2]!) : null,
    popup: ['1', '2'].includes(new URLSearchParams(loc.search).get('popup') ?? ''),
    secondPopup: new URLSearchParams(loc.search).get('popup') === '2',
  };
}

export function threadPath(base: string, thread: { id: string; e2ee: boolean }): string {
  return `${base}/${thread.e2ee ? 'e2ee/' : ''}t/${thread.id}/`;
}
