/** terminalSafe and writeStdout: what reaches a terminal from text no formatter made inert. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeStdout } from '../../src/commands/common.js';
import { terminalSafe } from '../../src/util/text.js';

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('terminalSafe', () => {
  it('makes ESC, BEL, C1 controls and bidi overrides visible; keeps line ends, tabs, a leading BOM and colours', () => {
    expect(terminalSafe('\ufeffa,\u001b]0;t\u0007,\u009b2J,\u202eb\r\nc\td\n')).toBe('\ufeffa,\\x1b]0;t\\x07,\\x9b2J,\\u202eb\r\nc\td\n');
    expect(terminalSafe('\u001b[31mred\u001b[39m \u001b[1;32mbold\u001b[22;39m')).toBe('\u001b[31mred\u001b[39m \u001b[1;32mbold\u001b[22;39m');
    expect(terminalSafe('\u001b[8mhidden\u001b[2J x\ufeff')).toBe('\\x1b[8mhidden\\x1b[2J x\\ufeff');
  });
});

describe('writeStdout', () => {
  it('makes plan text inert on a terminal, and leaves it as it is for a file or pipe', async () => {
    const tty = new Sink(true);
    const pipe = new Sink(false);
    await writeStdout('a\u001b]0;t\u0007\n', tty);
    await writeStdout('a\u001b]0;t\u0007\n', pipe);
    expect(tty.text).toBe('a\\x1b]0;t\\x07\n');
    expect(pipe.text).toBe('a\u001b]0;t\u0007\n');
  });
});
