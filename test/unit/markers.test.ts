import { describe, expect, it } from 'vitest';
import { takeMarkers } from '../../src/assemble/join.js';

describe('footnote markers', () => {
  it.each([
    ['after a semicolon', 'in that framework;11', 'in that framework;', ['11']],
    ['glued to a word', 'Plan of Action3 adopted', 'Plan of Action adopted', ['3']],
    ['after a comma', 'the Convention,1 and', 'the Convention, and', ['1']],
    ['after a closing parenthesis', 'resolution 2744 (2024)4 enhancing', 'resolution 2744 (2024) enhancing', ['4']],
    ['1990s slash marker', 'the Convention 1/ (hereinafter', 'the Convention (hereinafter', ['1']],
    ['asterisks', 'Conclusions and/or recommendations**', 'Conclusions and/or recommendations', ['**']],
    ['after a symbol number and comma', 'decision 1/CMA.5,18 and calls', 'decision 1/CMA.5, and calls', ['18']],
  ])('%s', (_name, input, text, markers) => {
    expect(takeMarkers(input, new Set())).toEqual({ text, markers });
  });

  it.each([
    ['a date', 'on 1 July 2003 of the Convention'],
    ['a resolution number', 'resolution 58/208 of'],
    ['a corrigendum', 'A/46/634/Rev.1 and Corr.1 are'],
    ['a numbered act', 'Act No.11 of 2007'],
    ['a count', 'in paragraph 5, 87 States'],
    ['COVID-19', 'the COVID-19 pandemic'],
  ])('leaves %s alone', (_name, input) => {
    expect(takeMarkers(input, new Set())).toEqual({ text: input, markers: [] });
  });

  it('takes a spaced marker only when its note is on the page', () => {
    expect(takeMarkers('over the past years, 87 and more', new Set(['87'])).markers).toEqual(['87']);
    expect(takeMarkers('over the past years, 87 and more', new Set()).markers).toEqual([]);
  });
});
