/**
 * What unrec knows of one official language: one module per language
 * (en.ts, fr.ts, es.ts, ru.ts, ar.ts, zh.ts), each a value of this shape and
 * no logic. The stages read the combined tables in
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
  /** How the title of a report, note, letter or concluding observations opens (or, in Chinese, ends): the document is a report. */
  reportTitle?: RegExp;
  /** How the title of a letter or note verbale opens (in Chinese, ends): everything above it is masthead and agenda. */
  letterTitle?: RegExp;
  /**
   * First-page lines that are never the title: the Organization's name, the
   * treaty and the treaty body above a concluding observations' title
   * ("Nations Unies", "Convention sur l'élimination…", "Comité pour…").
   */
  mastheadLines?: readonly RegExp[];
  /**
   * The agenda line of a Council or Assembly document ("Point 6 de l’ordre du
   * jour"): masthead and session lines stand above it, the agenda item's own
   * title under it, then the document's title.
   */
  agendaLine?: RegExp;
  /**
   * Session lines above a title: the session ("Сорок третья сессия", "الدورة الستون",
   * "第四十三届会议") and the agenda item of a treaty body ("Examen des rapports présentés par
   * les États parties…"). Never the title; the block ends at one after it.
   */
  sessionLines?: readonly RegExp[];
  /** The first heading after the title block ("Introduction", "Résumé", "Введение"): the title ends there. */
  titleBlockEnd?: RegExp;
  /**
   * UN documents in this language are set with word division ("законодатель-"
   * / "ных"): a hyphen at a line end is a break unless the document prints
   * that compound with its hyphen elsewhere. English, French and Spanish UN
   * documents are not hyphenated: their line-end hyphens are real.
   */
  wordDivision?: boolean;
  /** How a UPR working-group report in this language prints what unrec reads from it (English: classify/upr-review.ts and upr-positions.ts). */
  upr?: UprWords;
  /** The name of the language on the language line of old running headers ("ENGLISH"). */
  languageNames: readonly string[];
  /**
   * How the language numbers headings and sub-items where it does not use
   * roman numerals, capital letters and "(a)": each list in order, so that
   * its nth entry stands for chapter n, section letter n, item letter n or
   * roman item n ("ألف" is section A, "(ب)" is item (b), "㈡" is item (ii)).
   */
  numbering?: {
    /** Words or numerals of chapters ("أولا", "一"), read as I, II…; a separator follows ("-", "、", "."). */
    chapters?: readonly string[];
    /** Words of sections ("ألف", "باء"), read as A, B…; a separator follows. */
    sections?: readonly string[];
    /** Letters that look like Latin section letters and stand for them ("А" U+0410 for "A"). */
    lookalikeLetters?: Readonly<Record<string, string>>;
    /** Lower-case letters of another script typed for a Latin item letter ("а" U+0430 for "a"), in "а)" and "(а)". */
    itemLookalikes?: Readonly<Record<string, string>>;
    /** Printed markers of lettered items, in order ("(أ)", "(ب)"…). */
    itemLetters?: readonly (readonly string[])[];
    /** Printed markers of roman-numbered items, in order ("’1‘", "㈠", "（一）"…). */
    itemRomans?: readonly (readonly string[])[];
  };
}

/**
 * The words of a UPR working-group report in one language: its title, the
 * introduction's sentences, the chapeaus' positions, and how recommending
 * States are listed in a parenthesis.
 */
export interface UprWords {
  /** The report's title, anywhere in the front matter ("Rapport du Groupe de travail sur l’Examen périodique universel"). */
  reportTitle: RegExp;
  /** The end of the title's last line: the State under review is printed on the line after it. */
  titleEnd: RegExp;
  /** The introduction names the State under review, in group `state` ("L’examen concernant le Burkina Faso a eu lieu"). */
  review?: RegExp;
  /** The introduction names the working group's session, in group `n`: figures, Han numerals or ordinal words ("a tenu sa quarante-septième session"). */
  session: RegExp;
  /** Ordinal words and their values; an ordinal is the sum of its words ("quarante" 40 + "septième" 7). */
  ordinals?: Readonly<Record<string, number>>;
  /** What a chapeau says of the recommendations under it. */
  positions: { notSupported: RegExp; noted: RegExp; supported: RegExp; pending: RegExp };
  /** The conjunction before the last State of a list ("(Allemagne et France)", "（法国和德国）"). */
  stateAnd: RegExp;
  /** Lower-case words a State's name may hold between capitalised ones ("de", "et"). */
  nameConnectors?: readonly string[];
  /** Words of instruments and institutions: a capitalised parenthesis holding one names no State ("(Principes de Paris)"). */
  notStateWords?: RegExp;
}
