/**
 * Chinese: its dates and basic directive verbs so far (masthead "2025年7月4日"); the rest of its
 * vocabulary comes with the six-language work.
 */
import type { LanguageWords } from './types.js';

/** Chinese numerals one to twenty, as chapters and nested items count. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
/** The parenthesized numerals of Unicode, ㈠ (U+3220) to ㈩: UN Chinese prints nested items (i), (ii) as them. */
const PARENTHESIZED = Array.from({ length: 10 }, (_, k) => String.fromCharCode(0x3220 + k));

export const zh: LanguageWords = {
  code: 'zh',
  stopwords: ['的', '和', '在', '是', '对', '与', '为', '并'],
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  dates: [/(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日/],
  // Han text has no spaces: the noun "一般性建议" (general recommendation) and "的建议" (the recommendations of) are no verb.
  directives: [
    [/(?<!一般性|的|项|些|条)建议/u, 'verb:recommends'],
    [/(?:敦促|促请)/u, 'verb:urges'],
    [/鼓励/u, 'verb:encourages'],
    [/(?:吁请|邀请)/u, 'verb:invites'],
    [/(?:委员会|并|还|也|再次)请|(?<![申邀])请(?:缔约国|各国|秘书长|会员国)/u, 'verb:requests'],
    // UN Chinese says "should" with 应 after its subject ("缔约国应：", "缔约国还应确保"); alone, 应 is in 应对, 相应, 供应.
    [/(?:应当|应该)|(?:缔约国|各国|国家|政府|会员国|当局|各方|秘书长|理事会)(?:还|也|并|亦|尤其)?应(?![对用邀有])/u, 'modal:should'],
    [/必须/u, 'modal:must'],
  ],
  // "应与…一并阅读": these observations should be read with…
  nonDirectiveModal: /应(?:当)?(?:与|结合).{1,60}?(?:一并|一起|结合)?(?:阅读|理解)/u,
  recommendationStem: '建议',
  annexWords: ['附件'],
  pageWords: ['第'],
  upr: {
    reportTitle: /普遍定期审议工作组(?:的)?报告/u,
    titleEnd: /普遍定期审议工作组(?:的)?报告[\s*\d]*$/u,
    review: /对(?<state>[^，。；：\s]{2,30}?)的审议于/u,
    session: /举行了?\s*第(?<n>[一二三四五六七八九十\d]{1,4})届会议/u,
    positions: {
      notSupported: /未(?:得到|获得).{0,20}?支持/u,
      noted: /注意到(?:了)?(?:以下|下列)建议/u,
      supported: /(?:得到|获得)了?.{0,20}?支持/u,
      pending: /将(?:对|予以)?.{0,20}?审议|将.{0,30}?作出答复/u,
    },
    stateAnd: /和|及/u,
  },
  languageNames: ['CHINESE'],
  // "2025年6月2日俄罗斯联邦常驻联合国代表给秘书长…的信": the date first; 给/致 names the addressee.
  letterTitle: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\p{sc=Han}.{0,80}?(?:给|致|的信|的普通照会)/u,
  reportTitle: /(?:结论性意见|报告|说明|的信)\*?$/imu,
  mastheadLines: [/^联\s*合\s*国$/u, /^(?:大\s*会|安全理事会|经济及社会理事会)$/u, /^[\p{sc=Han}《》 ]{2,60}公约$/u, /^[\p{sc=Han}《》 ]{2,60}委员会$/u],
  sessionLines: [/^第\S{1,8}届(?:会议)?$/u, /^审议缔约国.{0,60}提交的报告$/u],
  agendaLine: /^议程项目\s*\d+/u,
  titleBlockEnd: /^(?:导言|引言|概要|目录)$/u,
  numbering: {
    chapters: NUMERALS,
    itemLetters: [Array.from({ length: 26 }, (_, k) => `（${String.fromCharCode(97 + k)}）`)],
    itemRomans: [PARENTHESIZED, NUMERALS.map((n) => `（${n}）`), NUMERALS.map((n) => `(${n})`)],
  },
};
