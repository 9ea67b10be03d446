// The text functions cli-table3 draws its cells with (src/utils.js in the package; it has no types for them).
declare module 'cli-table3/src/utils.js' {
  const utils: {
    /** a cell's text wrapped to width, at word boundaries when onWords */
    wordWrap(width: number, text: string, onWords?: boolean): string[];
    /** colour codes closed at the end of each line and opened again at the start of the next */
    colorizeLines(lines: string[]): string[];
    /** cut to width (in columns), ending with the mark, when wider */
    truncate(text: string, width: number, mark?: string): string;
    /** padded to width, on the side opposite the alignment */
    pad(text: string, width: number, padding: string, align: string): string;
  };
  export default utils;
}
