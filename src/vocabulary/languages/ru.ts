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
  upr: {
    reportTitle: /Доклад\s+Рабочей\s+группы\s+по\s+универсальному\s+периодическому\s+обзору/iu,
    titleEnd: /универсальному\s+периодическому\s+обзору[\s*\d]*$/iu,
    // No review sentence: "Обзор по Буркина-Фасо" inflects the name; the title line prints it as it is.
    session: /провела\s+свою\s+(?<n>\d{1,2}-ю|\p{L}+(?:\s\p{L}+)?)\s+сессию/iu,
    ordinals: {
      первую: 1, вторую: 2, третью: 3, четвертую: 4, четвёртую: 4, пятую: 5, шестую: 6, седьмую: 7, восьмую: 8, девятую: 9, десятую: 10,
      одиннадцатую: 11, двенадцатую: 12, тринадцатую: 13, четырнадцатую: 14, пятнадцатую: 15, шестнадцатую: 16, семнадцатую: 17,
      восемнадцатую: 18, девятнадцатую: 19, двадцатую: 20, тридцатую: 30, сороковую: 40, пятидесятую: 50, шестидесятую: 60,
      двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60,
    },
    positions: {
      notSupported: /не\s+(?:пользуются|получили)\s+(?:\p{L}+\s+)?поддержк/iu,
      noted: /принял[аио]?\s+к\s+сведению|(?:были|будут)\s+приняты\s+к\s+сведению/iu,
      supported: /пользуются\s+(?:\p{L}+\s+)?поддержкой|получили\s+(?:\p{L}+\s+)?поддержку/iu,
      pending: /будут\s+рассмотрены|представит\s+(?:свои\s+)?ответы/iu,
    },
    stateAnd: /\s+и\s+/u,
    nameConnectors: ['и'],
    notStateWords: /(?<!\p{L})(?:Принцип\p{L}*|Конвенци\p{L}*|Пакт\p{L}*|Протокол\p{L}*|Соглашени\p{L}*|Закон\p{L}*|Кодекс\p{L}*|План\p{L}*|Программ\p{L}*|Стратеги\p{L}*|Деклараци\p{L}*|Комитет\p{L}*|Совет\p{L}*|Комисси\p{L}*|Суд\p{L}*|Союз\p{L}*|Организаци\p{L}*|Фонд\p{L}*|Устав\p{L}*|Механизм\p{L}*)(?!\p{L})/u,
  },
  languageNames: ['RUSSIAN'],
  reportTitle: /^(?:Доклад|Записка|Заключительные замечания|Письмо|Идентичные письма)/imu,
  mastheadLines: [/^Организация\s+Объединенных\s+Наций$/iu, /^(?:Международная )?(?:Конвенция|Пакт|Международный пакт) \S.{4,120}$/u, /^Комитет (?:по|против|о|за) \S.{4,100}$/u],
  agendaLine: /^Пункты?\s+\d+\s+(?:\p{L}\s+)?повестки\s+дня(?!\p{L})/iu,
  titleBlockEnd: /^(?:Введение|Резюме|Содержание)$/u,
  wordDivision: true,
  numbering: {
    // Section letters are Latin, but Russian texts often type the Cyrillic letter of the same shape.
    lookalikeLetters: { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H' },
  },
};
