/**
 * The grammar of United Nations document symbols, as tables and patterns.
 * Sources: "United Nations Documentation: Research Guide — Document symbols"
 * (Dag Hammarskjöld Library, research.un.org/en/docs/symbols), ST/LIB/SER.B/5/Rev.5
 * "United Nations Document Series Symbols 1946–1996", and the symbols the
 * treaty bodies print (OHCHR treaty body database). Each table says which
 * rule it carries.
 */

/**
 * Series prefixes (first component) and the organ each stands for. Principal
 * organs (A, S, E, ST, T) per the research guide's "symbol components" list;
 * treaty bodies per the OHCHR database; a few other series that UN documents
 * cite often.
 */
export const SERIES: Readonly<Record<string, string>> = {
  A: 'General Assembly',
  S: 'Security Council',
  E: 'Economic and Social Council',
  ST: 'Secretariat',
  T: 'Trusteeship Council',
  CCPR: 'Human Rights Committee',
  CRC: 'Committee on the Rights of the Child',
  CEDAW: 'Committee on the Elimination of Discrimination against Women',
  CERD: 'Committee on the Elimination of Racial Discrimination',
  CAT: 'Committee against Torture',
  CMW: 'Committee on Migrant Workers',
  CED: 'Committee on Enforced Disappearances',
  CRPD: 'Committee on the Rights of Persons with Disabilities',
  HRI: 'Human rights treaty bodies',
  UNEP: 'United Nations Environment Programme',
  TD: 'United Nations Conference on Trade and Development',
  DP: 'Executive Board of UNDP, UNFPA and UNOPS',
  ECE: 'Economic Commission for Europe',
  SPLOS: 'Meeting of States Parties to the Convention on the Law of the Sea',
  ISBA: 'International Seabed Authority',
};

/** Treaty-body series: their second component is "C" (the Committee) or "OP", "SP", "MC", "GEN". */
export const TREATY_SERIES = new Set(['CCPR', 'CRC', 'CEDAW', 'CERD', 'CAT', 'CMW', 'CED', 'CRPD', 'HRI']);

/**
 * Named subsidiary organs that follow a series: "A/HRC", "A/HRC/WG.6",
 * "E/CN.4/Sub.2", "ST/SGB". Keyed by the series (or series/organ) they follow.
 */
export const NAMED_ORGANS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  A: { HRC: 'Human Rights Council', INF: 'General Assembly (information series)' },
  'A/HRC': {
    'WG.6': 'Working Group on the Universal Periodic Review',
    EMRIP: 'Expert Mechanism on the Rights of Indigenous Peoples',
    AC: 'Human Rights Council Advisory Committee',
    PC: 'Preparatory committee of the Human Rights Council',
    SF: 'Social Forum',
    FMI: 'Forum on Minority Issues',
    BHR: 'Forum on Business and Human Rights',
  },
  E: { ICEF: 'Executive Board of UNICEF' },
  'E/CN.4': { 'Sub.2': 'Sub-Commission on the Promotion and Protection of Human Rights' },
  ST: { SGB: "Secretary-General's bulletin", AI: 'Administrative instruction', IC: 'Information circular', ADM: 'Secretariat administration' },
  CAT: { OP: 'Subcommittee on Prevention of Torture' },
  'CRC/C': {
    OPAC: 'Committee on the Rights of the Child (Optional Protocol on children in armed conflict)',
    OPSC: 'Committee on the Rights of the Child (Optional Protocol on the sale of children)',
  },
  HRI: { MC: 'Meeting of Chairs of the human rights treaty bodies', GEN: 'Human rights treaty bodies (general documents)', CORE: 'Common core documents' },
};

/** Main Committees of the General Assembly: A/C.1 … A/C.6. */
export const GA_MAIN_COMMITTEES: Readonly<Record<string, string>> = {
  '1': 'First Committee of the General Assembly',
  '2': 'Second Committee of the General Assembly',
  '3': 'Third Committee of the General Assembly',
  '4': 'Special Political and Decolonization Committee (Fourth Committee)',
  '5': 'Fifth Committee of the General Assembly',
  '6': 'Sixth Committee of the General Assembly',
};

/** Functional commissions of ECOSOC: E/CN.n. */
export const ECOSOC_COMMISSIONS: Readonly<Record<string, string>> = {
  '3': 'Statistical Commission',
  '4': 'Commission on Human Rights',
  '5': 'Commission for Social Development',
  '6': 'Commission on the Status of Women',
  '7': 'Commission on Narcotic Drugs',
  '9': 'Commission on Population and Development',
  '15': 'Commission on Crime Prevention and Criminal Justice',
  '16': 'Commission on Science and Technology for Development',
  '17': 'Commission on Sustainable Development',
  '18': 'United Nations Forum on Forests',
};

/** ECOSOC committees: E/C.n. */
export const ECOSOC_COMMITTEES: Readonly<Record<string, string>> = {
  '12': 'Committee on Economic, Social and Cultural Rights',
  '19': 'Permanent Forum on Indigenous Issues',
  '2': 'Committee on Non-Governmental Organizations',
};

/**
 * Numbered subsidiary organs: "C.3", "AC.109", "CN.4", "CONF.157",
 * "Sub.2", "WG.6", "SC.3". `m[1]` is the kind, `m[2]` its number.
 */
export const NUMBERED_ORGAN = /^(C|AC|CN|CONF|Sub|WG|SC|PC)\.(\d{1,4})$/i;

export const NUMBERED_ORGAN_MEANING: Readonly<Record<string, string>> = {
  C: 'committee',
  AC: 'ad hoc committee',
  CN: 'commission',
  CONF: 'conference',
  SUB: 'sub-commission',
  WG: 'working group',
  SC: 'subcommittee',
  PC: 'preparatory committee',
};

/**
 * Document-type components. Bare ones ("RES", "DEC", "PRST", "INF", "NGO",
 * "CO", "Q", "D", "GC", "CRP") take numbers after them; dotted ones carry
 * their own number ("L.17", "PV.9847", "SR.3236", "CRP.1", "WP.2", "R.5").
 */
export const DOC_TYPES: Readonly<Record<string, string>> = {
  RES: 'resolution',
  DEC: 'decision',
  PRST: 'presidential statement',
  INF: 'information series',
  NGO: 'statement by a non-governmental organization',
  CO: 'concluding observations',
  COB: 'concluding observations (old series)',
  Q: 'list of issues',
  QPR: 'list of issues prior to reporting',
  D: 'decision or views on a communication',
  GC: 'general comment',
  GR: 'general recommendation',
  OP: 'optional protocol',
  CRP: 'conference room paper',
  PV: 'verbatim record',
  SR: 'summary record',
  L: 'limited distribution (draft)',
  WP: 'working paper',
  R: 'restricted distribution',
  MISC: 'miscellaneous',
};

export const DOTTED_DOC_TYPE = /^(L|PV|SR|CRP|WP|R|MISC|INF|NGO)\.(\d{1,5})$/i;

/** Modifiers that stack at the end: "Add.1", "Corr.2", "Rev.1", "Amend.1", "Summary". */
export const MODIFIER = /^(Add|Corr|Rev|Amend)\.(\d{1,3})$|^(Summary)$/i;

export const MODIFIER_MEANING: Readonly<Record<string, string>> = {
  add: 'addendum',
  corr: 'corrigendum',
  rev: 'revision',
  amend: 'amendment',
  summary: 'summary',
};

/** Special session "S-13", emergency special session "ES-10". */
export const SPECIAL_SESSION = /^(E?S)-(\d{1,2})$/i;

/** A combined report number: "10-12" in "CERD/C/USA/CO/10-12". */
export const NUMBER_RANGE = /^(\d{1,3})-(\d{1,3})$/;

/** A plain number: session, document number. */
export const NUMBER = /^\d{1,5}$/;

/** A year from the first UN documents on. */
export function isYear(s: string): boolean {
  return /^(19[4-9]\d|20\d\d)$/.test(s);
}

/** Roman session numbers of pre-1976 resolutions: "(XXX)". */
export const ROMAN = /^[IVXL]{1,7}$/;

/** ISO 3166-1 alpha-3 codes (and "UNK" for Kosovo as the UN prints it). */
export const COUNTRY_CODES = new Set(
  (
    'AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM ' +
    'CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN ' +
    'FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI VAT HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR ' +
    'PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ ' +
    'MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PSE PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM ' +
    'SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM ' +
    'TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE UNK HKG MAC'
  ).split(' '),
);
