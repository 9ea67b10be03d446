/**
 * A format's formatter, loaded when that format is asked for: each command's registry of formats is read
 * at start-up for the names --format accepts, and must not load every formatter (and the table renderer).
 */
export type Load<F> = () => Promise<F>;
