import { describe, expect, it } from 'vitest';
import { recommendingStates } from '../../src/classify/states.js';

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
