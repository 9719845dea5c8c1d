/** Spanish. */
import type { LanguageWords } from './types.js';

export const es: LanguageWords = {
  code: 'es',
  stopwords: ['el', 'la', 'los', 'las', 'y', 'del', 'una', 'en', 'para', 'que', 'por', 'con'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  dates: [/\b(?<day>\d{1,2}) de (?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de (?<year>\d{4})\b/i],
  directives: [
    [/\brecomienda(?:n)?\b/i, 'verb:recommends'],
    [/\b(?:insta|exhorta)\b/i, 'verb:urges'],
    [/\balienta\b/i, 'verb:encourages'],
    [/\binvita\b/i, 'verb:invites'],
    [/\b(?:pide|solicita)\b/i, 'verb:requests'],
    [/\b(?:deber(?:í|i)a(?:n)?|deben?)\b/i, 'modal:should'],
  ],
  recommendationStem: 'recomendaci',
  annexWords: ['ANEXO', 'Anexo'],
  pageWords: ['página', 'Página'],
  languageNames: ['Español'],
};
