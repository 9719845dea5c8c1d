/** English. */
import type { LanguageWords } from './types.js';

export const en: LanguageWords = {
  code: 'en',
  stopwords: ['the', 'and', 'of', 'to', 'in', 'that', 'for', 'with', 'is', 'on'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  dates: [
    /\b(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December),? (?<year>\d{4})\b/i,
    /\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<day>\d{1,2}), (?<year>\d{4})\b/i,
  ],
  directives: [
    [/\brecommends?\b|\bis recommended\b|\bI recommend\b/i, 'verb:recommends'],
    [/\burges?\b|\bstrongly urges\b/i, 'verb:urges'],
    [/\bencourages?\b|\bis encouraged\b|\bare encouraged\b/i, 'verb:encourages'],
    [/\bcalls? (?:up)?on\b/i, 'verb:calls-upon'],
    [/\brequests?\b/i, 'verb:requests'],
    [/\binvites?\b/i, 'verb:invites'],
    [/\bappeals? to\b|\bexhorts?\b/i, 'verb:appeals'],
    [/\bshould\b/i, 'modal:should'],
    [/\bmust\b/i, 'modal:must'],
    [/\bought to\b/i, 'modal:ought-to'],
    // "needs to" as a verb, not "the need to protect".
    [/(?<!\b(?:the|a|an|urgent|pressing|clear|growing) )\bneeds? to\b|\bis (?:essential|crucial|necessary|imperative) (?:that|to)\b/i, 'modal:needs-to'],
  ],
  reporting:
    /\b(?:said|stated|stressed|emphasi[sz]ed|noted|highlighted|underscored|underlined|urged|called|recommended|suggested|pointed out|expressed|indicated|explained|added|observed|argued|reiterated|affirmed|reaffirmed|acknowledged|concluded|reminded|asked|proposed|encouraged|requested|invited|insisted|maintained|believed|considered|agreed|recalled|mentioned|shared|identified|described|welcomed|informed|announced|advocated|cautioned|warned|questioned)\b/i,
  nonDirectiveModal:
    /\b(?:it|this|that)\s+(?:should|must)\s+be\s+(?:read|noted|recalled|seen|understood|borne in mind|mentioned|recognized)\b|\b(?:should|must)\s+be\s+read\s+(?:in conjunction|together|jointly)\b|\b(?:how|whether|what|why|where)\b[^,;]{0,120}\b(?:should|must|ought to)\b/i,
  imperative:
    /^(?:To\s+)?(?:Ratify|Consider|Continue|Take|Ensure|Adopt|Establish|Strengthen|Implement|Promote|Develop|Intensify|Pursue|Accede|Withdraw|Review|Revise|Amend|Step up|Guarantee|Provide|Increase|Combat|Eliminate|Protect|Prevent|Investigate|Abolish|Repeal|Enhance|Improve|Further|Redouble|Extend|Include|Introduce|Undertake|Allocate|Align|Bring|Make|Seek|Set up|Raise|Reinforce|Incorporate|Engage|Facilitate|Cooperate|Support|Reduce|Address|Harmonize|Finalize|Complete|Sign|Issue|Accept|Submit|Endeavour|Expedite|Prioritize|Fight|Put|Carry out|Conduct|Create|Enact|Enforce|Encourage|Maintain|Keep|Remove|Lift|End|Stop|Refrain|Respect|Uphold|Share|Train|Study|Examine|Assess|Evaluate|Monitor|Guarantee|Recognize|Criminalize|Decriminalize|Prohibit|Ban|Halt|Release|Grant|Allow|Enable|Empower|Mainstream|Integrate|Invest|Disseminate|Publish|Collect|Adjust|Bolster|Expand|Accelerate|Speed up|Give|Pay|Apply|Commit|Invite|Extend)\b/,
  authored: {
    // First person, present: "I call upon", "I welcome … and call for", "we urge"; "I would like to encourage".
    // Third person, the document's author: "The Special Rapporteur (also) recommends", "She encourages".
    directive:
      /(?<!\b(?:Annex|annex|Part|part|Section|section|Chapter|chapter|Phase|phase|Group|Title|Volume|Article|Protocol|Appendix) )\b(?:I|We)\b[^.;]{0,160}?\b(?:urge|call (?:up)?on|call for|encourage|recommend|request|invite|appeal to|exhort)\b(?<!(?<!\b(?:like|wish|want)) to (?:urge|call (?:up)?on|call for|encourage|recommend|request|invite|appeal to|exhort))|\b(?:The|the) (?:(?:Special|Independent|Working|Expert|High|Advisory|Group|Panel|Sub|Human Rights|[A-Z][a-z]+) ?){0,4}(?:Rapporteur|Expert|Group|Mechanism|Committee|Subcommittee|Commissioner|Secretary-General|Assembly|Council|Commission|Mission|Panel|Board|Office|Conference|Meeting|Forum)\b,?(?: (?:also|further|strongly|therefore|again|once again|hereby|accordingly|urgently|moreover),?)* (?:recommends|urges|encourages|calls (?:up)?on|calls for|requests|invites|appeals to|exhorts)\b|\b(?:She|He|It)(?: (?:also|further|strongly|therefore|again))* (?:recommends|urges|encourages|calls (?:up)?on|calls for|requests|invites|appeals to)\b/,
    passive: /\b(?:is|are)(?: (?:also|further|strongly|hereby|therefore|again))* (?:requested|invited|encouraged|urged|called upon|called on|recommended) to\b/,
    dutyBearerModal:
      /\b(?:States|Member States|Governments?|[Tt]he Government|[Tt]he State party|States parties|[Tt]he authorities|[Aa]ll parties|[Tt]he parties|[Pp]arties to the conflict|[Tt]he international community|[Dd]onors|[Bb]usinesses|[Cc]ompanies|[Bb]usiness enterprises)(?: (?:also|further|therefore|urgently))? (?:should|must|ought to|need to)\b|\bis (?:essential|crucial|necessary|imperative) (?:that|to)\b/,
    operative: /^(?:(?:Also|Further|Strongly|Once again|Again) )?(?:[Rr]equests|[Uu]rges|[Ee]ncourages|[Cc]alls (?:up)?on|[Cc]alls for|[Ii]nvites|[Rr]ecommends|[Aa]ppeals to|[Ee]xhorts)\b/,
    frame:
      /\b(?:I|We) (?:believe|consider|am convinced|are convinced|stress|emphasize|reiterate|suggest|remain convinced)\b|\b(?:The|the) (?:(?:Special|Independent|Working|Expert|High|Advisory)\s)?(?:Rapporteur|Expert|Group|Mechanism|Committee|Commissioner|Secretary-General)(?: (?:also|further|firmly))? (?:believes|considers|is convinced|stresses|emphasizes|reiterates|suggests|is of the view)\b/,
  },
  recommendationStem: 'recommend',
  annexWords: ['ANNEX', 'ANNEXES', 'Annex', 'Annexes', 'APPENDIX', 'Appendix', 'Appendices'],
  pageWords: ['page', 'Page', 'PAGE'],
  languageNames: ['English', 'ENGLISH', 'French', 'FRENCH', 'Spanish', 'SPANISH'],
  letterTitle: /^(?:Letter|Identical letters|Note verbale) dated \d/,
  reportTitle: /^(?:Report|Note by|Concluding observations|Letter dated|Identical letters|Summary|Compilation|Annual report|Observations)/im,
  mastheadLines: [/^(?:International )?(?:Convention|Covenant) (?:on|against|for) \S.{4,120}$/, /^Committee (?:on|against|for) (?:the )?\S.{4,100}$/],
};
