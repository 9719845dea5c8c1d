import { describe, expect, it } from 'vitest';
import { recommendingStates, splitUprComment } from '../../src/classify/states.js';

describe('recommendingStates', () => {
  it.each([
    ['one State', 'Ratify the Convention (France);', ['France']],
    ['two in one parenthesis', 'Accede to the Convention (Algeria, Egypt);', ['Algeria', 'Egypt']],
    ['one per clause, each once', 'Ratify OP-CAT (Benin); ratify ICCPR-OP2 (Portugal); sign it (Benin);', ['Benin', 'Portugal']],
    ['inner parentheses kept', 'Continue (Venezuela (Bolivarian Republic of));', ['Venezuela (Bolivarian Republic of)']],
    ['a wrapped name joined', 'Ratify (United Kingdom of\nGreat Britain and Northern Ireland);', ['United Kingdom of Great Britain and Northern Ireland']],
    ['slash-joined variants', 'Sign (Algeria)/sign and ratify (Egypt)/ratify (Bosnia and Herzegovina)', ['Algeria', 'Egypt', 'Bosnia and Herzegovina']],
    ['a State not in the list, where a State stands', 'Adopt legislation (United States of Americas);', ['United States of Americas']],
    ['treaty abbreviations are not States', 'Ratify the Optional Protocol (ICCPR-OP-1) (Spain);', ['Spain']],
    ['explanations are not States', 'Review its laws (including its criminal law) (Chile);', ['Chile']],
    ['acronyms are not States', 'Cooperate with the agency (UNHCR) (Norway);', ['Norway']],
    ['instruments are not States', 'in line with the principles (Paris Principles) (Togo).', ['Togo']],
    ['an instrument named as a pact is no State (a 2012 report)', 'Ratify the Convention (Switzerland); the American Convention on Human Rights (Pact of San José) already applies.', ['Switzerland']],
  ])('%s', (_name, text, states) => {
    expect(recommendingStates(text)).toEqual(states);
  });
});

describe('splitUprComment', () => {
  // 2012-style reports print the State under review's comment after a noted recommendation.
  it.each([
    [
      'Ratify the American Convention on Human Rights (Pact of San José) (Switzerland); Costa Rica considers that the Pact of San José is already in force.',
      'Ratify the American Convention on Human Rights (Pact of San José) (Switzerland);',
      'Costa Rica considers that the Pact of San José is already in force.',
    ],
    ['Abolish the death penalty (France). The Government cannot accept this recommendation at present.', 'Abolish the death penalty (France).', 'The Government cannot accept this recommendation at present.'],
    // No comment: the record ends with its States, or what follows continues the sentence.
    ['Complete the ratification (Ukraine); Increase efforts towards ratification (Slovakia);', 'Complete the ratification (Ukraine); Increase efforts towards ratification (Slovakia);', null],
    ['Ratify the OP-CAT (Denmark), and establish a mechanism in line with it', 'Ratify the OP-CAT (Denmark), and establish a mechanism in line with it', null],
    // A last recommendation whose States were not read as such is kept whole.
    ['Ratify X (Denmark); Consider ratifying Y (Xanadu Republic 2);', 'Ratify X (Denmark); Consider ratifying Y (Xanadu Republic 2);', null],
    ['Ratify X (Denmark); Yes.', 'Ratify X (Denmark); Yes.', null],
    ['Promote tolerance (paragraph 3)', 'Promote tolerance (paragraph 3)', null],
  ])('%s', (text, recommendation, comment) => {
    expect(splitUprComment(text)).toEqual({ recommendation, comment });
  });

  it('the States of a recommendation with a comment come from the recommendation only', () => {
    const { recommendation } = splitUprComment('Ratify the Convention (Switzerland); Costa Rica notes the views of (Peru) on this point.');
    expect(recommendingStates(recommendation)).toEqual(['Switzerland']);
  });
});
