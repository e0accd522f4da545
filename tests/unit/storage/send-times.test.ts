import { describe, expect, it } from 'vitest';
import {
  CHATS_KEPT,
  recentSends,
  recordSend,
  SEND_WINDOW_MS,
  SENDS_KEPT_PER_CHAT,
  type SendTimes,
  sendTimesSchema,
} from '../../../src/storage/send-times';

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('send times', () => {
  it('returns earlier sends to the chat within the last 24 hours, oldest first', () => {
    let state: SendTimes = {};
    state = recordSend(state, 'a', NOW - 2 * HOUR, NOW - 2 * HOUR);
    state = recordSend(state, 'a', NOW - 3 * HOUR, NOW - 2 * HOUR);
    state = recordSend(state, 'b', NOW - HOUR, NOW - HOUR);
    expect(recentSends(state, 'a', NOW)).toEqual([NOW - 3 * HOUR, NOW - 2 * HOUR]);
    expect(recentSends(state, 'b', NOW)).toEqual([NOW - HOUR]);
    expect(recentSends(state, 'unknown', NOW)).toEqual([]);
    expect(recentSends(state, 'a', NOW + SEND_WINDOW_MS - 2 * HOUR)).toEqual([]);
  });

  it('forgets times older than 24 hours and empty chats when writing', () => {
    let state = recordSend({}, 'old', NOW - 25 * HOUR, NOW - 25 * HOUR);
    state = recordSend(state, 'new', NOW, NOW);
    expect(state).toEqual({ new: [NOW] });
  });

  it('records a retried send time once', () => {
    const state = recordSend(recordSend({}, 'a', NOW, NOW), 'a', NOW, NOW);
    expect(state.a).toEqual([NOW]);
  });

  it(`keeps at most ${SENDS_KEPT_PER_CHAT} times per chat, the newest`, () => {
    let state: SendTimes = {};
    for (let i = 0; i < SENDS_KEPT_PER_CHAT + 10; i++)
      state = recordSend(state, 'a', NOW + i, NOW + i);
    expect(state.a).toHaveLength(SENDS_KEPT_PER_CHAT);
    expect(state.a?.[0]).toBe(NOW + 10);
    expect(sendTimesSchema.safeParse(state).success).toBe(true);
  });

  it(`keeps at most ${CHATS_KEPT} chats, forgetting the least recently sent to`, () => {
    let state: SendTimes = {};
    for (let i = 0; i <= CHATS_KEPT; i++) state = recordSend(state, `chat${i}`, NOW + i, NOW + i);
    // chat0 was used last of all again, so chat1 is the least recently used.
    state = recordSend(state, 'chat0', NOW + 1000, NOW + 1000);
    expect(Object.keys(state)).toHaveLength(CHATS_KEPT);
    expect(state.chat0).toBeDefined();
    expect(state.chat1).toBeUndefined();
    expect(state.chat2).toBeDefined();
  });

  it('handles numeric-looking chat keys', () => {
    const state = recordSend(recordSend({}, '123', NOW, NOW), '7', NOW + 1, NOW + 1);
    expect(recentSends(state, '123', NOW + 2)).toEqual([NOW]);
  });
});
