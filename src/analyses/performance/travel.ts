/** Direction of travel: a figure against an earlier one, in words and an arrow; better or worse where the polarity says which way is good. */
export type TravelWord = 'improved' | 'worsened' | 'no change' | 'up' | 'down';

export interface Travel {
  word: TravelWord;
  arrow: '↑' | '↓' | '→';
  /** the earlier figure's period */
  since: string;
}

export function travel(figure: number, earlier: { period: string; value: number }, polarity: string | undefined): Travel {
  const diff = figure - earlier.value;
  const arrow = diff > 0 ? '↑' : diff < 0 ? '↓' : '→';
  const word: TravelWord = diff === 0 ? 'no change' : polarity === 'higher' ? (diff > 0 ? 'improved' : 'worsened') : polarity === 'lower' ? (diff < 0 ? 'improved' : 'worsened') : diff > 0 ? 'up' : 'down';
  return { word, arrow, since: earlier.period };
}
