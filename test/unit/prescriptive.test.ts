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
