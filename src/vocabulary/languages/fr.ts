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
    // "prie" is always the verb; "demande" only with what is asked ("demande à l'État partie de", "demande que"), never the noun ("à la demande du Comité").
    [/(?<!\p{L})prie(?:nt)?(?! instamment)(?!\p{L})|(?<!(?:la|une|sa|leur|cette|de|des|les) )demande(?:nt)? (?:à|aux|au|que|qu’|qu'|instamment|de nouveau|également|en outre)(?!\p{L})/iu, 'verb:requests'],
    [/(?<!\p{L})(?:devrai(?:en)?t|doi(?:ven)?t)(?!\p{L})/iu, 'modal:should'],
  ],
  nonDirectiveModal: /(?<!\p{L})(?:doi(?:ven)?t|devrai(?:en)?t) (?:être )?(?:lue?s?|entendue?s?|interprétée?s?|notée?s?)(?!\p{L})/iu,
  recommendationStem: 'recommand',
  annexWords: ['ANNEXE', 'Annexe'],
  pageWords: [],
  languageNames: ['Français'],
  reportTitle: /^(?:Rapport|Note|Observations finales|Lettre datée|Lettres identiques)/imu,
  mastheadLines: [/^Nations\s+Unies$/i, /^Français$/, /^(?:Convention|Pacte) (?:sur|relative|internationale|contre|pour|international) \S.{4,120}$/, /^Comité (?:pour|des|contre|sur|de) \S.{4,100}$/],
};
