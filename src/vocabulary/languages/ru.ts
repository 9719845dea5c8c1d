/**
 * Russian: its dates and basic directive verbs so far (masthead "4 июля 2025 года"); the rest of its
 * vocabulary comes with the six-language work.
 */
import type { LanguageWords } from './types.js';

/** Month names in the genitive, as dates print them. */
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

export const ru: LanguageWords = {
  code: 'ru',
  stopwords: ['и', 'в', 'на', 'с', 'по', 'что', 'для', 'не'],
  months: MONTHS,
  dates: [new RegExp(String.raw`(?<![\p{L}\d])(?<day>\d{1,2}) (?<month>${MONTHS.join('|')}) (?<year>\d{4})(?: года| г\.)?`, 'iu')],
  directives: [
    [/(?<!\p{L})рекоменду(?:ет|ют)(?!\p{L})/iu, 'verb:recommends'],
    [/(?<!\p{L})(?:настоятельно )?призыва(?:ет|ют)(?!\p{L})/iu, 'verb:urges'],
    [/(?<!\p{L})предлага(?:ет|ют)(?!\p{L})/iu, 'verb:invites'],
    [/(?<!\p{L})(?:проси(?:т|м)|обращается с просьбой)(?!\p{L})/iu, 'verb:requests'],
    [/(?<!\p{L})(?:поощряет|побуждает)(?!\p{L})/iu, 'verb:encourages'],
    [/(?<!\p{L})(?:следует|должн[аоы]?)(?!\p{L})/iu, 'modal:should'],
  ],
  recommendationStem: 'рекомендац',
  annexWords: ['Приложение', 'ПРИЛОЖЕНИЕ'],
  pageWords: ['стр.'],
  languageNames: ['RUSSIAN'],
  reportTitle: /^(?:Доклад|Записка|Заключительные замечания|Письмо|Идентичные письма)/imu,
  mastheadLines: [/^Организация\s+Объединенных\s+Наций$/iu, /^(?:Международная )?(?:Конвенция|Пакт|Международный пакт) \S.{4,120}$/u, /^Комитет (?:по|против|о|за) \S.{4,100}$/u],
  wordDivision: true,
  numbering: {
    // Section letters are Latin, but Russian texts often type the Cyrillic letter of the same shape.
    lookalikeLetters: { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H' },
  },
};
