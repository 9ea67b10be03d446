/** mendDate: a date with one reading, in the plan's form; nothing for what has none. */
import { describe, expect, it } from 'vitest';
import { mendDate } from '../../src/util/mend-date.js';
import { editFileText } from '../../src/edit/edit-text.js';

describe('mendDate', () => {
  it('pads a short month or day', () => {
    expect(mendDate('2026-7')).toBe('2026-07');
    expect(mendDate('2026-7-3')).toBe('2026-07-03');
    expect(mendDate('2026-07')).toBeUndefined();
  });
  it('reads dates as officers write them, day first', () => {
    expect(mendDate('31/10/2026')).toBe('2026-10-31');
    expect(mendDate('1/4/2017')).toBe('2017-04-01');
  });
  it('has no answer for a day that does not exist, or for what is not a date', () => {
    expect(mendDate('2026-13')).toBeUndefined();
    expect(mendDate('2026-2-30')).toBeUndefined();
    expect(mendDate('31/02/2026')).toBeUndefined();
    expect(mendDate('soon')).toBeUndefined();
  });
});

describe('editFileText', () => {
  it('keeps a byte order mark and CRLF line ends', () => {
    const raw = '\uFEFFid: p # c\r\nactions:\r\n  - id: A1\r\n    due: 2026-7\r\n';
    const { text } = editFileText(raw, [{ op: 'set', path: ['actions', 0, 'due'], value: '2026-07' }, { op: 'append', path: ['actions', 0, 'updates'], value: { date: '2026-07-01' } }]);
    expect(text).toBe('\uFEFFid: p # c\r\nactions:\r\n  - id: A1\r\n    due: 2026-07\r\n    updates:\r\n      - date: 2026-07-01\r\n');
  });
});
