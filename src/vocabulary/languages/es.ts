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
    [/(?<!\p{L})(?:hace(?:n)?|reitera(?:n)?) (?:un )?(?:llamamiento|llamado)(?!\p{L})/iu, 'verb:calls-upon'],
    [/(?<!\p{L})(?:pide(?:n)?|solicita(?:n)?|pedirá(?:n)?|solicitará(?:n)?)(?!\p{L})/iu, 'verb:requests'],
    [/(?<!\p{L})(?:deber(?:í|i)a(?:n)?|deben?)(?!\p{L})/iu, 'modal:should'],
  ],
  // "debe leerse conjuntamente con…", "debe entenderse": how a text is read, no one is told to act.
  nonDirectiveModal: /(?<!\p{L})deben?\s+(?:leerse|entenderse|interpretarse|considerarse|señalarse)(?!\p{L})/iu,
  recommendationStem: 'recomendaci',
  annexWords: ['ANEXO', 'Anexo'],
  pageWords: ['página', 'Página'],
  wordDivision: true,
  upr: {
    reportTitle: /Informe\s+del\s+Grupo\s+de\s+Trabajo\s+sobre\s+el\s+Examen\s+Periódico\s+Universal/iu,
    titleEnd: /Examen\s+Periódico\s+Universal[\s*\d]*$/iu,
    review: /El\s+examen\s+de(?:l)?\s+(?<state>[^.;:]{2,70}?)\s+se\s+llevó\s+a\s+cabo/iu,
    session: /celebró\s+su\s+(?<n>\d{1,2}º|\p{L}+(?:\s\p{L}+)?)\s+período\s+de\s+sesiones/iu,
    ordinals: {
      primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, octavo: 8, noveno: 9, décimo: 10,
      undécimo: 11, duodécimo: 12, decimotercer: 13, decimotercero: 13, decimocuarto: 14, decimoquinto: 15, decimosexto: 16, decimoséptimo: 17,
      decimoctavo: 18, decimonoveno: 19, vigésimo: 20, trigésimo: 30, cuadragésimo: 40, quincuagésimo: 50, sexagésimo: 60,
    },
    positions: {
      notSupported: /no\s+(?:contaron|cuentan)\s+con\s+(?:el|su)\s+apoyo/iu,
      noted: /(?<!\p{L})(?:se\s+)?tom[óa]\s+nota|(?:fueron|han\s+sido)\s+anotadas/iu,
      supported: /(?:contaron|cuentan)\s+con\s+(?:el|su)\s+apoyo/iu,
      pending: /serán\s+examinadas\s+por|responderá\s+a\s+ellas/iu,
    },
    stateAnd: /\s+[ye]\s+/u,
    nameConnectors: ['y', 'e', 'de', 'del', 'la', 'las', 'los', 'el'],
    notStateWords: /(?<!\p{L})(?:Principios?|Convenci[óo]n(?:es)?|Pacto|Protocolos?|Acuerdo|Ley|Código|Plan|Programa|Estrategia|Declaración|Comité|Consejo|Comisión|Corte|Tribunal|Unión|Organización|Fondo|Carta|Mecanismo|Instituto|Red|Iniciativa)(?!\p{L})/u,
  },
  languageNames: ['Español'],
  letterTitle: /^(?:Carta|Cartas idénticas|Nota verbal) de fecha \d/u,
  reportTitle: /^(?:Informe|Nota|Observaciones finales|Carta de fecha|Cartas idénticas)/imu,
  mastheadLines: [/^Naciones\s+Unidas$/i, /^(?:Asamblea\s+General|Consejo\s+de\s+Seguridad|Consejo\s+Económico\s+y\s+Social)$/iu, /^Español$/, /^(?:Árabe|Chino|Español|Francés|Inglés|Ruso)(?:,\s*(?:árabe|chino|español|francés|inglés|ruso))*(?:\s+e?\s*(?:árabe|chino|español|francés|inglés|ruso))?(?:\s+únicamente|\s+solamente)?$/u, /^(?:Convención|Pacto) (?:sobre|Internacional|internacional|contra|para) \S.{4,120}$/, /^Comité (?:para|de|contra|sobre) \S.{4,100}$/],
  sessionLines: [/^(?:\p{L}+\s){1,3}período\s+de\s+sesiones$/iu, /^Examen\s+de\s+los\s+informes\s+presentados\s+por\s+los\s+Estados\s+partes(?!\p{L}).*$/iu],
  agendaLine: /^Temas?\s+\d+\s+(?:\p{L}\s+)?de\s+la\s+agenda(?!\p{L})/iu,
  titleBlockEnd: /^(?:Introducción|Resumen|Índice)$/u,
};
