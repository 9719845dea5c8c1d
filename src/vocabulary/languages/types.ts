/**
 * What unrec knows of one official language: one module per language
 * (en.ts, fr.ts, es.ts; Arabic, Chinese and Russian are to come), each a
 * value of this shape and no logic. The stages read the combined tables in
 * index.ts.
 */
export interface LanguageWords {
  /** ISO 639-1. */
  code: 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
  /** The most frequent short words: enough of them tell the language of a text. */
  stopwords: readonly string[];
  /** Month names as printed in dates ("4 July 2025"): a number before one is a day, not a note marker. */
  months: readonly string[];
  /** Directive verbs and modals in the present tense, each with the signal it gives a record. */
  directives: readonly (readonly [RegExp, string])[];
  /** Past-tense reporting verbs: a directive after one is reported speech ("X stressed that States should…"), not the author's. */
  reporting?: RegExp;
  /** Modals that direct no one: editorial asides ("it should be noted"), modals inside an embedded question. */
  nonDirectiveModal?: RegExp;
  /** Imperatives that open UPR and bullet-style recommendations ("Ratify the Convention…"). */
  imperative?: RegExp;
  /** A heading with this word stem names a recommendations section. */
  recommendationStem: string;
  /** Words that open an annex heading ("Annex II"), as printed. */
  annexWords: readonly string[];
  /** The word before a page number in old running headers ("page 18"), as printed. */
  pageWords: readonly string[];
  /** The name of the language on the language line of old running headers ("ENGLISH"). */
  languageNames: readonly string[];
}
