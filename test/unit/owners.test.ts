/** --owner as every command reads it: whole name, alias, a unique part, or an error that helps. */
import { describe, expect, it } from 'vitest';
import { matchOwner } from '../../src/analyses/owners.js';
import { aliasesOf, resolvePeople } from '../../src/model/people.js';

const register = { people: [{ name: 'Interim Quality Assurance Lead', aliases: ['Interim QA lead'] }, { name: 'Tom Ellery' }, { name: 'Sam Hardy' }] };
const aliases = aliasesOf(register);
const names = ['Interim Quality Assurance Lead', 'Tom Ellery', 'Sam Hardy', 'Tomasz Nowak'];

describe('owners', () => {
  it('reads an alias, or a name in other case or spacing, as the register names the person', () => {
    expect(resolvePeople(['Interim QA lead', 'interim  quality assurance lead', 'TOM ELLERY', 'Someone Else'], aliases)).toEqual(['Interim Quality Assurance Lead', 'Tom Ellery', 'Someone Else']);
  });
  it('matches the whole name, an alias, or a part only one person has', () => {
    expect(matchOwner('tom ellery', names, aliases)).toEqual({ name: 'Tom Ellery' });
    expect(matchOwner('Interim QA lead', names, aliases)).toEqual({ name: 'Interim Quality Assurance Lead' });
    expect(matchOwner('Ellery', names, aliases)).toEqual({ name: 'Tom Ellery' });
    expect(matchOwner('Sam', names, aliases)).toEqual({ name: 'Sam Hardy' });
  });
  it('says which people a part could be, and who a near miss meant', () => {
    expect(matchOwner('Tom', names, aliases)).toEqual({ error: "--owner 'Tom' could be any of Tom Ellery, Tomasz Nowak: give more of the name" });
    expect(matchOwner('Tom Elery', names, aliases)).toEqual({ error: "no one named 'Tom Elery' owns anything here; did you mean 'Tom Ellery'?" });
  });
});
