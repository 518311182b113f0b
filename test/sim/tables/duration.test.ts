import { describe, expect, test } from 'vitest';
import { humanDuration, parseTimestamp, since } from '../../../src/sim/tables/duration.js';
import { ago, DAY, HOUR, MINUTE, now } from './clock.js';

describe('humanDuration', () => {
  test.each([
    [0, '0s'],
    [45, '45s'],
    [119, '119s'],
    [2 * MINUTE, '2m'],
    [5 * MINUTE + 12, '5m12s'],
    [10 * MINUTE + 59, '10m'],
    [179 * MINUTE, '179m'],
    [3 * HOUR + 12 * MINUTE, '3h12m'],
    [5 * HOUR, '5h'],
    [8 * HOUR + 40 * MINUTE, '8h'],
    [47 * HOUR, '47h'],
    [2 * DAY + 4 * HOUR, '2d4h'],
    [3 * DAY, '3d'],
    [12 * DAY, '12d'],
    [729 * DAY, '729d'],
    [3 * 365 * DAY + 45 * DAY, '3y45d'],
    [4 * 365 * DAY, '4y'],
    [9 * 365 * DAY + 100 * DAY, '9y'],
  ])('%i seconds reads %s', (seconds, expected) => {
    expect(humanDuration(seconds * 1000)).toBe(expected);
  });

  test('a timestamp a moment in the future reads 0s; further ahead it is invalid', () => {
    expect(humanDuration(-1500)).toBe('0s');
    expect(humanDuration(-2000)).toBe('<invalid>');
  });
});

describe('since', () => {
  test('measures from the given moment and says <unknown> for missing or unreadable timestamps', () => {
    expect(since(ago(3 * HOUR + 12 * MINUTE), now)).toBe('3h12m');
    expect(since(undefined, now)).toBe('<unknown>');
    expect(since('yesterday-ish', now)).toBe('<unknown>');
    expect(parseTimestamp('2026-11-22T11:59:00Z')).toBe(now.getTime() - 60_000);
  });
});
