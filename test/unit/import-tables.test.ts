/** The parts of plan import: written timeframes read as transcriptions read them, Word's HTML tables, headers, names. */
import { describe, expect, it } from 'vitest';
import { splitNames } from '../../src/import/assemble-plan.js';
import { fieldForHeader, parseMap } from '../../src/import/header-map.js';
import { htmlTables } from '../../src/import/html-tables.js';
import { readTimeframe, writtenDate } from '../../src/import/written-timeframe.js';

describe('readTimeframe', () => {
  it.each([
    ['31/3/17', { due: '2017-03-31' }],
    ['31 Mar 2018', { due: '2018-03-31' }],
    ['June 2016', { due: '2016-06' }],
    ['March 17', { due: '2017-03' }],
    ['April - July 2016', { start: '2016-04', due: '2016-07' }],
    ['April 16 to March 17', { start: '2016-04', due: '2017-03' }],
    ['(2018/19)', { due: '2018/19' }],
    ['Ongoing', { due: 'ongoing' }],
    ['Ongoing, via continuous improvement', { due: 'ongoing', timeframe: 'Ongoing, via continuous improvement' }],
    ['Annual cycle', { due: 'ongoing', recurrence: 'annual' }],
    ['March 2016 onwards', { start: '2016-03', due: 'ongoing' }],
    ['Phase 2 April 17', { due: '2017-04', phase: 'Phase 2' }],
    ['Completion March 2017', { due: '2017-03' }],
    ['', { due: 'tbc' }],
    ['-', { due: 'tbc' }],
    ['Link with the review, see above', { due: 'tbc', timeframe: 'Link with the review, see above' }],
    ['31/02/2017', { due: 'tbc', timeframe: '31/02/2017' }],
  ])('%s', (text, fields) => expect(readTimeframe(text)).toEqual(fields));

  it('reads one date and nothing else', () => {
    expect(writtenDate('2016-7')).toBe('2016-07');
    expect(writtenDate('2016/18')).toBeUndefined();
    expect(writtenDate('soon')).toBeUndefined();
  });
});

describe('htmlTables', () => {
  it("reads mammoth's tables: paragraphs as lines, entities, a merged cell keeping its place", () => {
    const html = '<p>x</p><table><tr><td><p>Ref</p></td><td><p>Action</p></td><td><p>Lead</p></td></tr><tr><td colspan="3"><p>SECTION &amp; MORE</p></td></tr><tr><td><p>A1</p></td><td><p>One</p><p>Two</p></td><td><ul><li>Ann</li><li>Bo</li></ul></td></tr></table>';
    expect(htmlTables(html)).toEqual([
      [
        ['Ref', 'Action', 'Lead'],
        ['SECTION & MORE', '', ''],
        ['A1', 'One\nTwo', 'Ann\nBo'],
      ],
    ]);
  });

  it('reads a table inside a cell as that cell\'s text', () => {
    expect(htmlTables('<table><tr><td><table><tr><td>in</td></tr></table></td><td>b</td></tr></table>')).toEqual([[['in', 'b']]]);
  });
});

describe('headers and names', () => {
  it('maps headers as councils write them, and --map before them', () => {
    expect(fieldForHeader('Lead Officer(s)', new Map())).toBe('owner');
    expect(fieldForHeader('Timescale', new Map())).toBe('due');
    expect(fieldForHeader('Outcomes and Impact', new Map())).toBe('outcome');
    expect(fieldForHeader('RAG', new Map())).toBeUndefined();
    expect(fieldForHeader('RAG', parseMap('RAG=notes'))).toBe('notes');
    expect(() => parseMap('RAG=colour')).toThrow(/--map/);
  });

  it('splits owners as plans write them, keeping a post in brackets whole', () => {
    expect(splitNames('Emma Leaman/ Richard Browne')).toEqual(['Emma Leaman', 'Richard Browne']);
    expect(splitNames('Julie Young, Jayne Lowe and Mike Innocenti')).toEqual(['Julie Young', 'Jayne Lowe', 'Mike Innocenti']);
    expect(splitNames('Transfer Co-ordinator (to be appointed, 2017)')).toEqual(['Transfer Co-ordinator (to be appointed, 2017)']);
  });
});
