/**
 * The reasons the guard gives in a health report, written once: the content script and its
 * guard chunk report them, and the popup reads them to tell "this site changed, the guard is
 * off" from "something went wrong once, the guard still runs". No message text ever goes here.
 */
export const HEALTH_DETAIL = {
  composerFound: 'composer found',
  composerMissing: 'composer not found in an open chat',
  sendButtonMissing: 'send button not found',
} as const;

export function engineFailedDetail(errorName: string): string {
  return `${ENGINE_FAILED} (${errorName})`;
}

export function sendFailedDetail(result: string): string {
  return `${SEND_FAILED}: ${result}`;
}

export function chunkFailedDetail(errorName: string): string {
  return `${CHUNK_FAILED} (${errorName})`;
}

/** The guard's code could not be loaded into the page: nothing says the site itself changed. */
export function isLoadFailure(detail: string): boolean {
  return detail.startsWith(CHUNK_FAILED);
}

/**
 * A failure in use: the engine threw on one draft (which then went out unchecked) or the site
 * did not take a "Send anyway". The guard keeps running, unlike when the page itself changed.
 */
export function isFailureInUse(detail: string): boolean {
  return detail.startsWith(ENGINE_FAILED) || detail === sendFailedDetail('not-sent');
}

const ENGINE_FAILED = 'rule engine failed';
const CHUNK_FAILED = 'guard failed to load';
const SEND_FAILED = 'send anyway failed';
