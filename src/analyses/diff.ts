/** The plan diff's old path, forwarding to src/analyses/diff/: to be deleted once nothing imports it. */
export * from './diff/index.js';
