/** Spanish. */
import type { LanguageWords } from './types.js';

export const es: LanguageWords = {
  code: 'es',
  stopwords: ['el', 'la', 'los', 'las', 'y', 'del', 'una', 'en', 'para', 'que', 'por', 'con'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  dates: [/\b(?<day>\d{1,2}) de (?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de (?<year>\d{4})\b/i],
  directives: [
    [/(?<!\p{L})(?:recomienda(?:n)?|recomendará(?:n)?)(?!\p{L})/iu, 'verb:recommends'],
    [/(?<!\p{L})(?:insta(?:n)?|exhorta(?:n)?|instará(?:n)?|exhortará(?:n)?)(?!\p{L})/iu, 'verb:urges'],
    [/(?<!\p{L})(?:alienta(?:n)?|alentará(?:n)?)(?!\p{L})/iu, 'verb:encourages'],
    [/(?<!\p{L})(?:invita(?:n)?|invitará(?:n)?)(?!\p{L})/iu, 'verb:invites'],
    [/(?<!\p{L})(?:pide(?:n)?|solicita(?:n)?|pedirá(?:n)?|solicitará(?:n)?)(?!\p{L})/iu, 'verb:requests'],
    [/(?<!\p{L})(?:deber(?:í|i)a(?:n)?|deben?)(?!\p{L})/iu, 'modal:should'],
  ],
  // "debe leerse conjuntamente con…", "debe entenderse": how a text is read, no one is told to act.
  nonDirectiveModal: /(?<!\p{L})deben?\s+(?:leerse|entenderse|interpretarse|considerarse|señalarse)(?!\p{L})/iu,
  recommendationStem: 'recomendaci',
  annexWords: ['ANEXO', 'Anexo'],
  pageWords: ['página', 'Página'],
  wordDivision: true,
  languageNames: ['Español'],
  reportTitle: /^(?:Informe|Nota|Observaciones finales|Carta de fecha|Cartas idénticas)/imu,
  mastheadLines: [/^Naciones\s+Unidas$/i, /^Español$/, /^(?:Convención|Pacto) (?:sobre|Internacional|internacional|contra|para) \S.{4,120}$/, /^Comité (?:para|de|contra|sobre) \S.{4,100}$/],
};
