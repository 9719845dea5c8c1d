/**
 * English ordinals as UN documents spell sessions: "seventh", "thirty-fourth",
 * "Forty-eighth", "fifty-ninth", or in figures, "34th", "22nd".
 */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ROUND_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The number an ordinal names (1–99), or null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase().trim();
  const figures = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (figures) return Number(figures[1]);
  let k = UNITS.indexOf(w);
  if (k >= 0) return k + 1;
  k = TEENS.indexOf(w);
  if (k >= 0) return k + 10;
  k = ROUND_TENS.indexOf(w);
  if (k >= 0) return (k + 2) * 10;
  const [tens, unit] = w.split(/[-\s]/);
  const t = TENS.indexOf(tens ?? '');
  const u = UNITS.indexOf(unit ?? '');
  return t >= 0 && u >= 0 ? (t + 2) * 10 + u + 1 : null;
}
