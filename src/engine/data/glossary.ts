// Acronyms common in safeguarding reviews, with their expansions (domain brief, section 9). They
// still need spelling out in a published report; the list is what the quick fix inserts.
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
};

export function buildGlossary(configured: Readonly<Record<string, string>> = {}): Glossary {
  return new Map(Object.entries(configured));
}
