import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../../renderer/src/i18n/index';

describe('the clock shown in the window', () => {
  it('gives the local time Date would, across the summer-time changes in Copenhagen', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Copenhagen';
    try {
      // before and after the spring and autumn changes of 2026, and an ordinary winter and summer day
      for (const iso of [
        '2026-03-29T00:59:59Z',
        '2026-03-29T01:00:00Z',
        '2026-10-25T00:59:59Z',
        '2026-10-25T01:00:00Z',
        '2026-01-05T12:34:56Z',
        '2026-07-05T23:59:01Z',
      ]) {
        const d = new Date(iso);
        const two = (n: number) => String(n).padStart(2, '0');
        expect(formatTime(iso)).toBe(`${two(d.getHours())}.${two(d.getMinutes())}.${two(d.getSeconds())}`);
        expect(formatDateTime(iso)).toBe(
          `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}.${two(d.getMinutes())}`,
        );
      }
      expect(formatTime('2026-07-05T10:00:00Z')).toBe('12.00.00');
      expect(formatTime('ikke en dato')).toBe('');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
