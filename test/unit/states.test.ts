import { describe, expect, it } from 'vitest';
import { looksLikeStateName, recommendingStates, splitUprComment } from '../../src/classify/states.js';
import { stateKey } from '../../src/vocabulary/state-names.js';

describe('recommendingStates', () => {
  it.each([
    ['one State', 'Ratify the Convention (France);', ['France']],
    ['two in one parenthesis', 'Accede to the Convention (Algeria, Egypt);', ['Algeria', 'Egypt']],
    ['one per clause, each once', 'Ratify OP-CAT (Benin); ratify ICCPR-OP2 (Portugal); sign it (Benin);', ['Benin', 'Portugal']],
    ['inner parentheses kept', 'Continue (Venezuela (Bolivarian Republic of));', ['Venezuela (Bolivarian Republic of)']],
    ['a wrapped name joined', 'Ratify (United Kingdom of\nGreat Britain and Northern Ireland);', ['United Kingdom of Great Britain and Northern Ireland']],
    ['slash-joined variants', 'Sign (Algeria)/sign and ratify (Egypt)/ratify (Bosnia and Herzegovina)', ['Algeria', 'Egypt', 'Bosnia and Herzegovina']],
    ['an English list joined with "and", split where both are known', 'End child marriage (Chile and Senegal);', ['Chile', 'Senegal']],
    ['"and" inside a known name stays', 'Ratify (Antigua and Barbuda, Bosnia and Herzegovina and Serbia);', ['Antigua and Barbuda', 'Bosnia and Herzegovina', 'Serbia']],
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

// The other languages (fixtures/upr-languages): each row reads a recommendation in its language.
describe('recommendingStates in the other languages', () => {
  it.each([
    ['fr', 'one State, the French space before ";"', 'Ratifier la Convention (France) ;', ['France']],
    ['fr', 'a list ended by "et"', 'Mettre fin au mariage d’enfants (Allemagne, Chili et Sénégal) ;', ['Allemagne', 'Chili', 'Sénégal']],
    ['fr', 'a name holding "et" stays whole', 'Adopter une stratégie (Royaume-Uni de Grande-Bretagne et d’Irlande du Nord) ;', ['Royaume-Uni de Grande-Bretagne et d’Irlande du Nord']],
    ['fr', 'nested parentheses and the elided "d’"', 'Garantir l’éducation (Iran (République islamique d’), Côte d’Ivoire) ;', ['Iran (République islamique d’)', 'Côte d’Ivoire']],
    ['fr', 'an instrument in French is no State', 'Renforcer la commission (Principes de Paris) (Togo) ;', ['Togo']],
    ['es', 'a list ended by "y"', 'Poner fin al matrimonio infantil (Alemania, Chile y Senegal);', ['Alemania', 'Chile', 'Senegal']],
    ['es', 'an "y" inside a name', 'Ratificar (Trinidad y Tabago);', ['Trinidad y Tabago']],
    ['ru', 'a list ended by "и"', 'принять меры (Германия, Чили и Сенегал);', ['Германия', 'Чили', 'Сенегал']],
    ['ru', 'an unknown capitalised Cyrillic name where a State stands', 'ратифицировать конвенцию (Утопия);', ['Утопия']],
    ['ru', 'a Cyrillic acronym is no State', 'сотрудничать с управлением (УВКПЧ) (Норвегия);', ['Норвегия']],
    ['ar', 'the Arabic semicolon', 'التصديق على البروتوكول (فرنسا)؛', ['فرنسا']],
    ['ar', 'the Arabic comma', 'إلغاء عقوبة الإعدام (آيسلندا، المكسيك)؛', ['آيسلندا', 'المكسيك']],
    ['ar', 'و written onto each next name', 'إنهاء زواج الأطفال (ألمانيا وشيلي والسنغال)؛', ['ألمانيا', 'شيلي', 'السنغال']],
    ['ar', 'a name holding و stays whole', 'التصديق (البوسنة والهرسك)؛', ['البوسنة والهرسك']],
    ['ar', 'no capitals: an unknown name is no State', 'التصديق (مبادئ باريس) (توغو)؛', ['توغو']],
    ['zh', 'full-width parentheses', '批准《禁止酷刑公约任择议定书》（法国）；', ['法国']],
    ['zh', 'a list with "、" and "和"', '进一步采取措施消除童婚（德国、智利和塞内加尔）；', ['德国', '智利', '塞内加尔']],
    ['zh', 'a name holding 和 stays whole', '批准（安提瓜和巴布达）；', ['安提瓜和巴布达']],
    ['zh', 'the UNTERM short name with full-width parentheses', '继续努力（委内瑞拉（玻利瓦尔共和国））；', ['委内瑞拉（玻利瓦尔共和国）']],
    ['zh', 'an instrument in brackets is no State', '按照原则（《巴黎原则》）加强委员会（多哥）；', ['多哥']],
  ])('%s: %s', (language, _note, text, states) => {
    expect(recommendingStates(text, language)).toEqual(states);
  });

  it('English keeps its reading: a French name is not known there', () => {
    expect(recommendingStates('Ratify it (Allemagne et France);', 'en')).toEqual([]);
  });
});

describe('stateKey', () => {
  it.each([
    ['la France', 'France', 'a French article'],
    ['l’Allemagne', 'Allemagne', 'an elided article'],
    ['Côte d\'Ivoire', 'Côte d’Ivoire', 'straight or curly apostrophe'],
    ['el Canadá', 'Canadá', 'a Spanish article'],
    ['玻利维亚(多民族国)', '玻利维亚（多民族国）', 'full-width parentheses'],
    ['Соединённое Королевство', 'Соединенное Королевство', '"ё" for "е"'],
    ['غينيا-بيساو', 'غينيا - بيساو', 'spaces around a hyphen'],
    ['إيران', 'ايران', 'the hamza seat'],
  ])('%s = %s (%s)', (a, b) => expect(stateKey(a)).toBe(stateKey(b)));

  it('a title line names the State under review in its language', () => {
    expect(looksLikeStateName('Буркина-Фасо', 'ru')).toBe(true);
    expect(looksLikeStateName('布基纳法索', 'zh')).toBe(true);
    expect(looksLikeStateName('普遍定期审议', 'zh')).toBe(false);
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
    ['Ratifier la Convention (Suisse) ; Le Costa Rica considère que le Pacte est déjà en vigueur.', 'Ratifier la Convention (Suisse) ;', 'Le Costa Rica considère que le Pacte est déjà en vigueur.'],
    ['التصديق على الاتفاقية (سويسرا)؛ وترى كوستاريكا أن الميثاق نافذ بالفعل.', 'التصديق على الاتفاقية (سويسرا)؛', 'وترى كوستاريكا أن الميثاق نافذ بالفعل.'],
    ['批准《公约》（瑞士）；哥斯达黎加认为该公约已经生效。', '批准《公约》（瑞士）；', '哥斯达黎加认为该公约已经生效。'],
    ['批准《公约》（瑞士）；加强努力（斯洛伐克）；', '批准《公约》（瑞士）；加强努力（斯洛伐克）；', null],
  ])('%s', (text, recommendation, comment) => {
    expect(splitUprComment(text, /\p{sc=Arabic}/u.test(text) ? 'ar' : /\p{sc=Han}/u.test(text) ? 'zh' : /Ratifier/.test(text) ? 'fr' : null)).toEqual({ recommendation, comment });
  });

  it('the States of a recommendation with a comment come from the recommendation only', () => {
    const { recommendation } = splitUprComment('Ratify the Convention (Switzerland); Costa Rica notes the views of (Peru) on this point.');
    expect(recommendingStates(recommendation)).toEqual(['Switzerland']);
  });
});
