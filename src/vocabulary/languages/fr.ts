/** French. */
import type { LanguageWords } from './types.js';

export const fr: LanguageWords = {
  code: 'fr',
  stopwords: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'dans', 'pour', 'que', 'est', 'sur'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  dates: [/\b(?<day>\d{1,2})(?:er)? (?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?<year>\d{4})\b/i],
  directives: [
    [/\brecommande(?:nt)?\b/i, 'verb:recommends'],
    [/\b(?:engage|exhorte|prie)\b/i, 'verb:urges'],
    [/\bencourage(?:nt)?\b/i, 'verb:encourages'],
    [/\binvite(?:nt)?\b/i, 'verb:invites'],
    [/\bdemande\b/i, 'verb:requests'],
    [/\b(?:devrai(?:en)?t|doi(?:ven)?t)\b/i, 'modal:should'],
  ],
  recommendationStem: 'recommand',
  annexWords: ['ANNEXE', 'Annexe'],
  pageWords: [],
  languageNames: ['Français'],
};
