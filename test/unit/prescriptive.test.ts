import { describe, expect, it } from 'vitest';
import { prescriptiveSignals } from '../../src/classify/prescriptive.js';

describe('prescriptiveSignals', () => {
  it.each([
    ['The Special Rapporteur recommends further study of the causes of trafficking.', 'verb:recommends'],
    ['The Committee urges the State party to adopt the bill.', 'verb:urges'],
    ['She encourages OHCHR to continue.', 'verb:encourages'],
    ['Calls upon all States to cooperate fully.', 'verb:calls-upon'],
    ['The State party should ensure that all cases are investigated.', 'modal:should'],
    ['Businesses must establish effective grievance mechanisms.', 'modal:must'],
    ['Businesses need to integrate human rights into their activities.', 'modal:needs-to'],
  ])('%s', (text, signal) => {
    expect(prescriptiveSignals(text)).toContain(signal);
  });

  it.each([
    ['a concern', 'The Committee is concerned at the absence of a mechanism to implement its Views.'],
    ['reported speech', 'The Chair stressed that mandatory human rights due diligence should be a key regulatory tool.'],
    ['a past call', 'The President urged States to act.'],
    ['an editorial aside', 'It should be read together with the programme and the web recordings.'],
    ['an embedded question', 'Participants reflected on how the smart mixes should better integrate access to remedy.'],
    ['a noun "need"', 'The Chair reaffirmed the need to protect human rights defenders.'],
    ['the noun "recommendations"', 'The present report contains specific recommendations to promote the rights of migrants.'],
  ])('nothing for %s', (_name, text) => {
    expect(prescriptiveSignals(text)).toEqual([]);
  });
});

// Documents without a recommendations heading: only the author's own voice directs (S/2025/383, A/HRC/43/2, national reports).
describe('authoredSignals', async () => {
  const { authoredSignals } = await import('../../src/classify/prescriptive.js');
  it.each([
    ['the Secretary-General in the first person', 'I call upon the Government to pursue the dialogue.', ['verb:calls-upon']],
    ['a first-person call for, coordinated', 'I welcome the efforts of the Government and call for increased resource mobilization.', ['voice:author']],
    ['the author in the third person, with a coordinated verb', 'The Committee urges the State party to ratify the treaty and encourages it to report.', ['verb:urges', 'verb:encourages']],
    ['the author as "she"', 'She also encourages OHCHR to continue its work.', ['verb:encourages']],
    ['a passive request', 'The Office is requested to implement paragraph 301 of the report.', ['verb:requests']],
    ['a duty-bearer modal', 'Businesses must establish effective grievance mechanisms.', ['modal:must']],
    ['a modal under the author\'s frame', 'The Special Rapporteur believes that efforts should be undertaken to develop guidelines.', ['modal:should']],
    ['an operative clause a report carries', 'Requests the Secretary-General to continue to implement the recommendations;', ['verb:requests']],
  ])('%s', (_name, text, signals) => {
    expect(authoredSignals(text, 'en')).toEqual(signals);
  });
  it.each([
    ['a past call', 'The leadership of UNDOF continued to call upon the Parties to respect the agreement.'],
    ['narrative', 'OHCHR developed a strategy on the rights of older persons.'],
    ['a noun request', 'At the request of the interim Government, OHCHR conducted an independent fact-finding inquiry.'],
    ['an infinitive', 'The Authority published the list to allow citizens to request corrections.'],
    ['reported speech', 'The delegation stated that the Government should adopt the law.'],
    ['a statement of law', 'The Constitution is the highest legal act and everyone must respect it.'],
    ['a French word in English text', 'The Mission continued to engage with the authorities.'],
    ['an editorial aside', 'The report should be read in conjunction with the annual report.'],
  ])('nothing for %s', (_name, text) => {
    expect(authoredSignals(text, 'en')).toEqual([]);
  });
  it('a language without an author table keeps the plain directives', () => {
    expect(authoredSignals('Le Comité recommande à l’État partie de ratifier la convention.', 'fr')).toEqual(['verb:recommends']);
  });
});
