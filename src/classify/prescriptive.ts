/**
 * Does a paragraph tell someone to act? ANNOTATION.md: it recommends, urges,
 * encourages, calls upon, requests or invites someone to act, or says what
 * someone should / must / ought to do. Reported speech ("The President urged
 * States to…", "speakers stressed that States should…") describes a meeting
 * and is not the author's recommendation (A/HRC/59/60 is full of it), so a
 * sentence governed by a past-tense reporting verb does not count.
 */

/** Directive verbs in the present tense, with the signal name each gives. */
const DIRECTIVES: readonly [RegExp, string][] = [
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
  // French and Spanish directives ("recommande aux États", "insta al Estado").
  [/\brecommande(?:nt)?\b|\brecomienda(?:n)?\b/i, 'verb:recommends'],
  [/\b(?:engage|exhorte|prie|insta|exhorta)\b/i, 'verb:urges'],
  [/\b(?:encourage(?:nt)?|alienta)\b/i, 'verb:encourages'],
  [/\b(?:invite(?:nt)?|invita)\b/i, 'verb:invites'],
  [/\b(?:demande|pide|solicita)\b/i, 'verb:requests'],
  [/\b(?:devrai(?:en)?t|doi(?:ven)?t|deber(?:í|i)a(?:n)?|deben?)\b/i, 'modal:should'],
  // "needs to" as a verb, not "the need to protect".
  [/(?<!\b(?:the|a|an|urgent|pressing|clear|growing) )\bneeds? to\b|\bis (?:essential|crucial|necessary|imperative) (?:that|to)\b/i, 'modal:needs-to'],
];

/** Past-tense reporting verbs: the sentence reports what someone said. */
const REPORTING = /\b(?:said|stated|stressed|emphasi[sz]ed|noted|highlighted|underscored|underlined|urged|called|recommended|suggested|pointed out|expressed|indicated|explained|added|observed|argued|reiterated|affirmed|reaffirmed|acknowledged|concluded|reminded|asked|proposed|encouraged|requested|invited|insisted|maintained|believed|considered|agreed|recalled|mentioned|shared|identified|described|welcomed|informed|announced|advocated|cautioned|warned|questioned)\b/i;

const SENTENCE = /[^.;!?]+(?:[.;!?]+|$)/g;

/**
 * Modals that direct no one: editorial asides ("It should be read together
 * with…", "it should be noted") and modals inside an embedded question
 * ("reflecting on how the smart mixes … should better integrate").
 */
const NON_DIRECTIVE_MODAL =
  /\b(?:it|this|that)\s+(?:should|must)\s+be\s+(?:read|noted|recalled|seen|understood|borne in mind|mentioned|recognized)\b|\b(?:how|whether|what|why|where)\b[^,;]{0,120}\b(?:should|must|ought to)\b/i;

/**
 * Imperatives that open UPR recommendations and bullet-style recommendations
 * ("Ratify the Convention…", "Continue efforts…", "To complete…" in 2008).
 */
const IMPERATIVE =
  /^(?:To\s+)?(?:Ratify|Consider|Continue|Take|Ensure|Adopt|Establish|Strengthen|Implement|Promote|Develop|Intensify|Pursue|Accede|Withdraw|Review|Revise|Amend|Step up|Guarantee|Provide|Increase|Combat|Eliminate|Protect|Prevent|Investigate|Abolish|Repeal|Enhance|Improve|Further|Redouble|Extend|Include|Introduce|Undertake|Allocate|Align|Bring|Make|Seek|Set up|Raise|Reinforce|Incorporate|Engage|Facilitate|Cooperate|Support|Reduce|Address|Harmonize|Finalize|Complete|Sign|Issue|Accept|Submit|Endeavour|Expedite|Prioritize|Fight|Put|Carry out|Conduct|Create|Enact|Enforce|Encourage|Maintain|Keep|Remove|Lift|End|Stop|Refrain|Respect|Uphold|Share|Train|Study|Examine|Assess|Evaluate|Monitor|Guarantee|Recognize|Criminalize|Decriminalize|Prohibit|Ban|Halt|Release|Grant|Allow|Enable|Empower|Mainstream|Integrate|Invest|Disseminate|Publish|Collect|Adjust|Bolster|Expand|Accelerate|Speed up|Give|Pay|Apply|Commit|Invite|Extend)\b/;

/** The directive signals of a text: empty when it is descriptive. */
export function prescriptiveSignals(text: string): string[] {
  const signals = new Set<string>();
  if (IMPERATIVE.test(text.trimStart())) signals.add('mood:imperative');
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const modalsDirect = !NON_DIRECTIVE_MODAL.test(sentence);
    // Reported speech puts the reporting verb first: "X stressed that States should…".
    const reportedFrom = sentence.search(REPORTING);
    for (const [pattern, signal] of DIRECTIVES) {
      if (signal.startsWith('modal:') && !modalsDirect) continue;
      const at = sentence.search(pattern);
      if (at >= 0 && (reportedFrom < 0 || at < reportedFrom)) signals.add(signal);
    }
  }
  return [...signals];
}
