// What the quantity rules (quantity.ts) never write, found in a text a customer reads: the check
// the dashboard's, the email's and the PDF's tests run over everything they show.

const COUNTED = 'sessions?|transcriptions?|exports?|events?|api calls?';

const RULES: { why: string; re: RegExp }[] = [
  { why: 'fractional count', re: new RegExp(`\\b\\d[\\d,]*\\.\\d+\\s+(?:${COUNTED})\\b`, 'gi') },
  {
    why: 'plural after one',
    re: /(?<![\d.,])1\s+(?:sessions|transcriptions|exports|events|minutes)\b/gi,
  },
  {
    why: 'singular after a number other than one',
    re: /(?<![\d.,])(?:0|[2-9]|\d[\d,]*\d)\s+(?:session|transcription|export|event)\b(?!s)/gi,
  },
  { why: 'storage in thousands of MB', re: /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*MB\b/g },
  { why: 'storage with decimals of MB', re: /(?<![\d,])\d+\.\d+\s*MB\b/g },
  { why: 'an average of zero', re: /\b0 [a-z ]+ on average\b/gi },
  {
    why: 'a range whose ends read the same',
    // A whole number on each side, within one cell: "2026<tab>–<tab>6" (a date, an empty cell,
    // a value) is no range.
    re: /(?<![\d.,])(\d[\d,.]*[ \u00a0]?(?:GB|MB|[a-z]+)?)[ \u00a0]?[–-][ \u00a0]?\1(?![\d.,])/g,
  },
  {
    why: 'a storage limit without its unit',
    re: /\bstorage\b[^.\n]{0,30}?\b(?:of|limit)\s+\d[\d,.]*(?![\d.,]|\s*(?:GB|MB|%))/gi,
  },
];

/** Every phrase in `text` that breaks the quantity rules, with why ("fractional count: 1,049.3 transcriptions"). */
export function quantityProblems(text: string): string[] {
  const out: string[] = [];
  for (const { why, re } of RULES) {
    for (const m of text.matchAll(re)) out.push(`${why}: ${m[0]}`);
  }
  return out;
}
