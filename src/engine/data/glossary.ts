// Acronyms common in safeguarding reviews, with their expansions (domain brief, section 9). They
// still need spelling out in a published report; the list is what the spell-out suggestion inserts,
// and `EXPANSION_GRAMMAR` says how the expansion sits in a sentence, so the suggestion keeps it
// grammatical.
export type Glossary = ReadonlyMap<string, string>;

/** Acronyms every reader knows: never reported (contract: NHS, UK, GP, OK). */
export const ALWAYS_KNOWN_ACRONYMS: ReadonlySet<string> = new Set(['NHS', 'UK', 'GP', 'OK']);

export const BUILT_IN_EXPANSIONS: Readonly<Record<string, string>> = {
  'A&E': 'Accident and Emergency',
  ABE: 'Achieving Best Evidence',
  ASB: 'Anti-Social Behaviour',
  CAMHS: 'Child and Adolescent Mental Health Services',
  CCE: 'Child Criminal Exploitation',
  CSE: 'Child Sexual Exploitation',
  CDOP: 'Child Death Overview Panel',
  CIN: 'Child in Need',
  CP: 'Child Protection',
  CPP: 'Child Protection Plan',
  CSA: 'Child Sexual Abuse',
  CSC: "Children's Social Care",
  CSPR: 'Child Safeguarding Practice Review',
  LCSPR: 'Local Child Safeguarding Practice Review',
  DA: 'Domestic Abuse',
  DHR: 'Domestic Homicide Review',
  DSL: 'Designated Safeguarding Lead',
  ED: 'Emergency Department',
  EHA: 'Early Help Assessment',
  EH: 'Early Help',
  EHCP: 'Education, Health and Care Plan',
  EHE: 'Elective Home Education',
  HV: 'Health Visitor',
  ICB: 'Integrated Care Board',
  ICPC: 'Initial Child Protection Conference',
  RCPC: 'Review Child Protection Conference',
  IDVA: 'Independent Domestic Violence Advocate',
  JTAI: 'Joint Targeted Area Inspection',
  LAC: 'Looked After Child',
  LADO: 'Local Authority Designated Officer',
  MARAC: 'Multi-Agency Risk Assessment Conference',
  MASA: 'Multi-Agency Safeguarding Arrangements',
  MASH: 'Multi-Agency Safeguarding Hub',
  NAI: 'Non-Accidental Injury',
  NFA: 'No Further Action',
  NRM: 'National Referral Mechanism',
  PRU: 'Pupil Referral Unit',
  RHI: 'Return Home Interview',
  SARC: 'Sexual Assault Referral Centre',
  SCR: 'Serious Case Review',
  SEND: 'Special Educational Needs and Disabilities',
  SGO: 'Special Guardianship Order',
  SIN: 'Serious Incident Notification',
  SUDI: 'Sudden Unexpected Death in Infancy',
  TAF: 'Team Around the Family',
  YOT: 'Youth Offending Team',
  YJS: 'Youth Justice Service',
  // Further common terms in reviews, beyond the domain brief's glossary.
  ACE: 'Adverse Childhood Experience',
  ADHD: 'Attention Deficit Hyperactivity Disorder',
  ASD: 'Autism Spectrum Disorder',
  CME: 'Children Missing Education',
  CPS: 'Crown Prosecution Service',
  CQC: 'Care Quality Commission',
  DBS: 'Disclosure and Barring Service',
  DSO: 'Designated Safeguarding Officer',
  EWO: 'Education Welfare Officer',
  FGM: 'Female Genital Mutilation',
  IRO: 'Independent Reviewing Officer',
  ISVA: 'Independent Sexual Violence Adviser',
  LA: 'Local Authority',
  LSCB: 'Local Safeguarding Children Board',
  MAPPA: 'Multi-Agency Public Protection Arrangements',
  NEET: 'Not in Education, Employment or Training',
  NSPCC: 'National Society for the Prevention of Cruelty to Children',
  PCSO: 'Police Community Support Officer',
  PEP: 'Personal Education Plan',
  PLO: 'Public Law Outline',
  PPN: 'Public Protection Notice',
  SALT: 'Speech and Language Therapy',
  SCP: 'Safeguarding Children Partnership',
  SEMH: 'Social, Emotional and Mental Health',
  SENCO: 'Special Educational Needs Co-ordinator',
  TAC: 'Team Around the Child',
  UASC: 'Unaccompanied Asylum-Seeking Child',
  YOS: 'Youth Offending Service',
};

/**
 * How an expansion reads where the acronym stood:
 * - `name`: a proper name used without an article ("referred to CAMHS" → "referred to Child and
 *   Adolescent Mental Health Services (CAMHS)"); capitals kept.
 * - `named-unit`: a named service, place or document, a count noun that needs a determiner when it
 *   stands alone ("seen in ED" → "seen in the Emergency Department (ED)"); capitals kept.
 * - `role`: a common count noun, a person or thing ("was briefly LAC" → "was briefly a looked-after
 *   child (LAC)"); written in lower case (`lower`) mid-sentence.
 * - `mass`: a common noun or description with no article ("there was DA" → "there was domestic
 *   abuse (DA)"); lower case mid-sentence.
 * Acronyms not listed are `name`.
 */
export type ExpansionKind = 'name' | 'named-unit' | 'role' | 'mass';

export interface ExpansionGrammar {
  kind: ExpansionKind;
  /** The expansion as written mid-sentence, for `role` and `mass`. */
  lower?: string;
}

const NAMED_UNITS = 'CDOP CSPR LCSPR DHR ED EHA EHCP ICB ICPC RCPC JTAI LADO MARAC MASH NRM SARC SCR SIN TAF TAC YOT YJS YOS CPS CQC DBS LSCB NSPCC PLO SCP LA';
const ROLES: Record<string, string> = {
  CIN: 'child in need',
  CPP: 'child protection plan',
  DSL: 'designated safeguarding lead',
  HV: 'health visitor',
  IDVA: 'independent domestic violence advocate',
  LAC: 'looked-after child',
  NAI: 'non-accidental injury',
  RHI: 'return home interview',
  SGO: 'special guardianship order',
  ACE: 'adverse childhood experience',
  DSO: 'designated safeguarding officer',
  EWO: 'education welfare officer',
  IRO: 'independent reviewing officer',
  ISVA: 'independent sexual violence adviser',
  PCSO: 'police community support officer',
  PEP: 'personal education plan',
  PPN: 'public protection notice',
  PRU: 'pupil referral unit',
  SENCO: 'special educational needs co-ordinator',
  UASC: 'unaccompanied asylum-seeking child',
};
const MASS: Record<string, string> = {
  ASB: 'anti-social behaviour',
  CCE: 'child criminal exploitation',
  CSE: 'child sexual exploitation',
  CP: 'child protection',
  CSA: 'child sexual abuse',
  DA: 'domestic abuse',
  EHE: 'elective home education',
  NFA: 'no further action',
  SEND: 'special educational needs and disabilities',
  SUDI: 'sudden unexpected death in infancy',
  ADHD: 'attention deficit hyperactivity disorder',
  ASD: 'autism spectrum disorder',
  CME: 'children missing education',
  FGM: 'female genital mutilation',
  NEET: 'not in education, employment or training',
  SALT: 'speech and language therapy',
  SEMH: 'social, emotional and mental health',
};

export const EXPANSION_GRAMMAR: Readonly<Record<string, ExpansionGrammar>> = {
  ...Object.fromEntries(NAMED_UNITS.split(' ').map((acronym) => [acronym, { kind: 'named-unit' }])),
  ...Object.fromEntries(Object.entries(ROLES).map(([acronym, lower]) => [acronym, { kind: 'role', lower }])),
  ...Object.fromEntries(Object.entries(MASS).map(([acronym, lower]) => [acronym, { kind: 'mass', lower }])),
};

export function buildGlossary(configured: Readonly<Record<string, string>> = {}): Glossary {
  return new Map(Object.entries(configured));
}
