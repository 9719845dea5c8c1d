/**
 * Names of UN Member States and observer States as UN documents print them,
 * with the short and older forms UPR reports use (2008–2025). One signal
 * among others for recommending States: a name that is not here can still
 * be a State when it stands where States stand (see states.ts). The other
 * languages' names are in state-names/ (one table per language).
 */
import { ARABIC_STATE_NAMES } from './state-names/ar.js';
import { SPANISH_STATE_NAMES } from './state-names/es.js';
import { FRENCH_STATE_NAMES } from './state-names/fr.js';
import { RUSSIAN_STATE_NAMES } from './state-names/ru.js';
import { CHINESE_STATE_NAMES } from './state-names/zh.js';

/** English, as the original reports print them. */
const NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bolivia (Plurinational State of)|
Bosnia and Herzegovina|Botswana|Brazil|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|
Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Côte d’Ivoire|Côte d'Ivoire|
Croatia|Cuba|Cyprus|Czechia|Czech Republic|Democratic People’s Republic of Korea|Democratic People's Republic of Korea|
Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|
Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iran (Islamic Republic of)|Iraq|Ireland|
Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Lao People’s Democratic Republic|
Lao People's Democratic Republic|Latvia|Lebanon|Lesotho|Liberia|Libya|Libyan Arab Jamahiriya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia (Federated States of)|Micronesia|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|
Netherlands|Netherlands (Kingdom of the)|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|
the former Yugoslav Republic of Macedonia|The former Yugoslav Republic of Macedonia|Norway|Oman|Pakistan|Palau|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Republic of Korea|Republic of Moldova|Moldova|Romania|
Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|
Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syrian Arab Republic|Tajikistan|
Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Türkiye|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom of Great Britain and Northern Ireland|United Kingdom|United Republic of Tanzania|
United States of America|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Venezuela (Bolivarian Republic of)|Viet Nam|
Yemen|Zambia|Zimbabwe|Holy See|State of Palestine|Palestine|Serbia and Montenegro`;

/**
 * Comparison key: case, spacing, apostrophes (’ or '), a leading article
 * ("the", "la France", "l’Allemagne", "el Canadá"), full-width parentheses
 * ("玻利维亚（多民族国）"), spaces around a hyphen, "ё" for "е", and Arabic
 * diacritics, tatweel and hamza seats do not matter.
 */
export function stateKey(name: string): string {
  let key = name.toLowerCase();
  for (const [pattern, replacement] of KEY_FOLDS) key = key.replace(pattern, replacement);
  return key.trim();
}

/** The folds of stateKey, in order; global patterns serve replace, which leaves their lastIndex at 0. */
const KEY_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[’'ʼ]/g, "'"],
  [/（/g, '('],
  [/）/g, ')'],
  [/ё/g, 'е'],
  [/[\u064B-\u0652\u0640]/g, ''],
  [/[أإآ]/g, 'ا'],
  [/\s*\(\s*/g, ' ('],
  [/\s*-\s*/g, '-'],
  [/\s+/g, ' '],
  [/^(?:the|la|le|les|el|los|las) |^l'/, ''],
];

function keysOf(names: string): Set<string> {
  return new Set(names.replace(/\n/g, '').split('|').map(stateKey));
}

const ENGLISH_KEYS: ReadonlySet<string> = keysOf(NAMES);

/** Each language's names with the English ones: a translated report may keep an English name. */
const KEYS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({ fr: FRENCH_STATE_NAMES, es: SPANISH_STATE_NAMES, ru: RUSSIAN_STATE_NAMES, ar: ARABIC_STATE_NAMES, zh: CHINESE_STATE_NAMES }).map(([code, names]) => [
    code,
    new Set([...ENGLISH_KEYS, ...keysOf(names)]),
  ]),
);

/** The keys of the State names a document in this language prints; English for English and unknown languages. */
export function stateKeys(language: string | null): ReadonlySet<string> {
  return (language !== null && KEYS_BY_LANGUAGE[language]) || ENGLISH_KEYS;
}
