/**
 * What unrec knows of one official language: one module per language
 * (en.ts, fr.ts, es.ts; ru.ts, ar.ts and zh.ts so far know their dates only), each a
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
  /**
   * How the language prints a full date, each pattern with named groups
   * `day`, `month` (a name from `months`, or a number) and `year`.
   */
  dates: readonly RegExp[];
  /** Directive verbs and modals in the present tense, each with the signal it gives a record. */
  directives: readonly (readonly [RegExp, string])[];
  /** Past-tense reporting verbs: a directive after one is reported speech ("X stressed that States should…"), not the author's. */
  reporting?: RegExp;
  /** Modals that direct no one: editorial asides ("it should be noted"), modals inside an embedded question. */
  nonDirectiveModal?: RegExp;
  /** Imperatives that open UPR and bullet-style recommendations ("Ratify the Convention…"). */
  imperative?: RegExp;
  /**
   * Who speaks in a document's own voice, and how, for documents without a
   * recommendations heading (where a directive counts only when the author
   * gives it): the author's present-tense directive ("I call upon", "The
   * Special Rapporteur recommends", "She also encourages"), a passive request
   * ("is requested to"), a duty-bearer's modal ("States should"), a modal
   * under the author's present-tense frame ("The Special Rapporteur believes
   * that … should"). Languages without these fall back to the plain directives.
   */
  authored?: {
    directive: RegExp;
    passive: RegExp;
    dutyBearerModal: RegExp;
    frame: RegExp;
    /** An operative clause in the voice of the body adopting it, at the start of a paragraph ("Requests the Secretary-General to…" in a draft resolution a report carries). */
    operative: RegExp;
  };
  /** A heading with this word stem names a recommendations section. */
  recommendationStem: string;
  /** Words that open an annex heading ("Annex II"), as printed. */
  annexWords: readonly string[];
  /** The word before a page number in old running headers ("page 18"), as printed. */
  pageWords: readonly string[];
  /** The name of the language on the language line of old running headers ("ENGLISH"). */
  languageNames: readonly string[];
}
