/** Plan fragments and a council register that several rules' cases share; HEADER (rule-tester.ts) goes above each. */

/** A plan with one action, A1, due at the end of the 2017/18 period; extra lines go inside the action. */
export const actionA1 = (extra = '') => `actions:\n  - id: A1\n    title: First\n    owner: Ann\n    due: 2018-03-31\n${extra}`;

/** A plan on Vale's 4x4 risk matrix with one risk, LS1, scored likelihood x impact; extra lines go inside the risk. */
export const riskLS1 = (l: number, i: number, extra = '') => `riskMatrix: vale-4x4\nrisks:\n  - id: LS1\n    title: r\n    likelihood: ${l}\n    impact: ${i}\n${extra}`;

/** The register of the council 'test': one aim with its priorities, and the people who may own work. */
export const council = { id: 'test', name: 'Test Council', aims: [{ id: 'PROSPEROUS', title: 'Prosperous', priorities: [{ id: 'PROSPEROUS-2', title: 'Education' }] }], people: [{ name: 'Alison Gellett' }, { name: 'Amanda Champ', aliases: ['GMSP'] }, { name: 'Ann' }] };
