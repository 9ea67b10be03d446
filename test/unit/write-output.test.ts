/** writeOutput: a file that cannot be written is said with the real reason (issue 40, item 16). */
import { describe, expect, it, vi } from 'vitest';

const failure = { code: 'ENOSPC' };
vi.mock('../../src/util/write.js', async (actual) => ({
  ...(await actual<typeof import('../../src/util/write.js')>()),
  writeFileAtomic: () => {
    throw Object.assign(new Error(`${failure.code}: failed`), { code: failure.code });
  },
}));

const { UsageError, writeOutput } = await import('../../src/commands/common.js');

function refusal(code: string): { message: string; hint?: string } {
  failure.code = code;
  try {
    writeOutput('/x/report.csv', 'text', 'report.csv');
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return { message: (err as InstanceType<typeof UsageError>).message, ...((err as InstanceType<typeof UsageError>).hint ? { hint: (err as InstanceType<typeof UsageError>).hint } : {}) };
  }
  throw new Error('writeOutput did not fail');
}

describe('writeOutput', () => {
  it('a full disk is said as one, not as a missing folder', () => {
    const r = refusal('ENOSPC');
    expect(r.message).toBe('cannot write report.csv: ENOSPC (no space left on the disk)');
    expect(r.hint).toBe('free some space, or write the file somewhere else');
  });

  it('each other reason in its own words', () => {
    expect(refusal('EACCES').message).toBe('cannot write report.csv: EACCES (permission denied)');
    expect(refusal('ENOENT').message).toBe('cannot write report.csv: ENOENT (its folder does not exist)');
    expect(refusal('EROFS').message).toBe('cannot write report.csv: EROFS (the file system is read-only)');
    expect(refusal('EIO')).toEqual({ message: 'cannot write report.csv: EIO', hint: 'check the folder exists and you can write to it' });
  });
});
