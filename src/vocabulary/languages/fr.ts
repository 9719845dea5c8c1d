/** French. */
import type { LanguageWords } from './types.js';

export const fr: LanguageWords = {
  code: 'fr',
  stopwords: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'dans', 'pour', 'que', 'est', 'sur'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  dates: [/\b(?<day>\d{1,2})(?:er)? (?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?<year>\d{4})\b/i],
  directives: [
    [/(?<!\p{L})recommande(?:nt)?(?!\p{L})/iu, 'verb:recommends'],
    [/(?<!\p{L})(?:prie(?:nt)? instamment|exhorte(?:nt)?|engage(?:nt)? vivement)(?!\p{L})/iu, 'verb:urges'],
    [/(?<!\p{L})(?:engage(?:nt)?|encourage(?:nt)?)(?!\p{L})/iu, 'verb:encourages'],
    [/(?<!\p{L})invite(?:nt)?(?!\p{L})/iu, 'verb:invites'],
    [/(?<!\p{L})(?:lance(?:nt)? un appel(?!\p{L})|appelle(?:nt)? (?:l[’']|les?\s|à\s))/iu, 'verb:calls-upon'],
    // "prie" is always the verb; "demande" only with what is asked ("demande à l'État partie de", "demande que"), never the noun ("à la demande du Comité").
    [/(?<!\p{L})prie(?:nt)?(?! instamment)(?!\p{L})|(?<!(?:la|une|sa|leur|cette|de|des|les) )demande(?:nt)? (?:à|aux|au|que|qu’|qu'|instamment|de nouveau|également|en outre)(?!\p{L})/iu, 'verb:requests'],
    [/(?<!\p{L})(?:devrai(?:en)?t|doi(?:ven)?t)(?!\p{L})/iu, 'modal:should'],
  ],
  nonDirectiveModal: /(?<!\p{L})(?:doi(?:ven)?t|devrai(?:en)?t) (?:être )?(?:lue?s?|entendue?s?|interprétée?s?|notée?s?)(?!\p{L})/iu,
  recommendationStem: 'recommand',
  annexWords: ['ANNEXE', 'Annexe'],
  pageWords: [],
  upr: {
    reportTitle: /Rapport\s+du\s+Groupe\s+de\s+travail\s+sur\s+l[’']Examen\s+périodique\s+universel/iu,
    titleEnd: /Examen\s+périodique\s+universel[\s*\d]*$/iu,
    // "L’examen concernant le Burkina Faso a eu lieu à la 5e séance" (the UN French model of the report).
    review: /L[’']examen\s+concernant\s+(?<state>[^.;:]{2,70}?)\s+a\s+eu\s+lieu/iu,
    session: /a\s+tenu\s+sa\s+(?<n>\d{1,2}e|\p{L}+(?:[-\s]\p{L}+){0,3}?)\s+session/iu,
    ordinals: {
      première: 1, premier: 1, unième: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
      dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16, dix: 10, et: 0,
      vingtième: 20, vingt: 20, trentième: 30, trente: 30, quarantième: 40, quarante: 40, cinquantième: 50, cinquante: 50, soixantième: 60, soixante: 60,
    },
    positions: {
      notSupported: /n[’'](?:ont\s+pas\s+recueilli|ont\s+pas\s+reçu)\s+(?:l[’']|son\s+|leur\s+)(?:appui|adhésion)|ne\s+recueillent\s+pas\s+(?:l[’']|son\s+|leur\s+)(?:appui|adhésion)/iu,
      noted: /(?:ont|a)\s+été\s+pris(?:es)?\s+en\s+note|(?<!\p{L})(?:a\s+pris|prend)\s+note\s+des\s+recommandations/iu,
      supported: /recueill(?:i|ent)\s+(?:l[’']|son\s+|leur\s+)(?:appui|adhésion)|bénéficient\s+de\s+(?:l[’']|son\s+)appui/iu,
      pending: /seront\s+examinées\s+par|qui\s+y\s+répondra/iu,
    },
    stateAnd: /\s+et\s+/u,
    nameConnectors: ['et', 'de', 'du', 'des', 'la', 'le', 'les'],
    notStateWords: /(?<!\p{L})(?:Principes?|Conventions?|Pacte|Protocoles?|Accord|Loi|Code|Plan|Programme|Stratégie|Déclaration|Comité|Conseil|Commission|Cour|Tribunal|Union|Organisation|Fonds|Charte|Mécanisme|Institut|Réseau|Initiative)(?!\p{L})/u,
  },
  languageNames: ['Français'],
  letterTitle: /^(?:Lettre|Lettres identiques|Note verbale) datées? du \d/u,
  reportTitle: /^(?:Rapport|Note|Observations finales|Lettre datée|Lettres identiques)/imu,
  mastheadLines: [/^Nations\s+Unies$/i, /^(?:Assemblée\s+générale|Conseil\s+de\s+sécurité|Conseil\s+économique\s+et\s+social)$/iu, /^Français$/, /^(?:Anglais|Arabe|Chinois|Espagnol|Français|Russe)(?:,\s*(?:anglais|arabe|chinois|espagnol|français|russe))*(?:\s+et\s+(?:anglais|arabe|chinois|espagnol|français|russe))?(?:\s+seulement|\s+uniquement)?$/u, /^(?:Convention|Pacte) (?:sur|relative|internationale|contre|pour|international) \S.{4,120}$/, /^Comité (?:pour|des|contre|sur|de) \S.{4,100}$/],
  sessionLines: [/^(?:\p{L}+[\s-]){1,3}session$/iu, /^Examen\s+des\s+rapports\s+(?:présentés|soumis)\s+par\s+les\s+États\s+parties(?!\p{L}).*$/iu],
  agendaLine: /^Point\s+\d+\s+(?:\p{L}\s+)?de\s+l[’']ordre\s+du\s+jour(?!\p{L})/iu,
  titleBlockEnd: /^(?:Introduction|Résumé|Table des matières)$/u,
};
