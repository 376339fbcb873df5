// What an anonymised review is allowed to say and what it is not (domain brief, section 2): the
// words that make a capitalised pair a relationship, role, organisation, place or date rather than
// a personal name ("Maternal Grandmother", "Westmere Council", "Victoria Park", "May Child"), the
// pseudonym shapes reviews use, and the shapes of settings and addresses that must not appear.

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Relatives are named by relationship in published reviews ("Mother", "Mother's partner"). */
export const RELATIONSHIP_WORDS = words(`
  Mother Father Mum Dad Mummy Daddy Parent Parents Stepfather Stepmother Stepdad Stepmum Grandmother Grandfather
  Grandma Grandad Grandpa Grandparent Grandparents Nan Nana Nanna Aunt Auntie Aunty Uncle Brother Sister Brothers
  Sisters Sibling Siblings Half-sibling Half-brother Half-sister Cousin Cousins Partner Partners Boyfriend Girlfriend
  Husband Wife Ex-partner Carer Carers Guardian Guardians Family Families Household Maternal Paternal Baby Babies Child
  Children Son Daughter Twin Twins Relative Relatives Friend Friends Neighbour Neighbours Foster Kinship
`);

/** Practitioners are named by role ("the health visitor", "School 1's Designated Safeguarding Lead"). */
export const ROLE_WORDS = words(`
  Worker Workers Social Visitor Visitors Midwife Midwives Nurse Nurses Teacher Teachers Headteacher Head Deputy
  Officer Officers Constable Sergeant Inspector Detective Superintendent Manager Managers Lead Leads Practitioner
  Practitioners Paediatrician Consultant Doctor Doctors Clinician Therapist Psychologist Psychiatrist Reviewer
  Chair Designated Safeguarding Advocate Coordinator Co-ordinator Assistant Mentor Key Allocated Duty Team
  Principal Director Senior Staff Volunteer Volunteers Receptionist Registrar Coroner Judge Magistrate Solicitor
  Barrister Probation Youth Outreach Support Family Early Help Student Pupil Pupils Resident Residents
`);

/** Bodies and services that are named in reviews as themselves ("Westmere Council", "Operation Encompass"). */
export const ORGANISATION_WORDS = words(`
  Council Councils Police Partnership Partnerships Board Boards Trust Trusts Service Services Unit Units Hospital
  Hospitals Hub Hubs Panel Panels Group Groups Agency Agencies Authority Authorities Department Office Court Courts
  Force Constabulary Commissioner Care Health Healthcare Foundation Society Charity Network Forum Committee Network
  Ofsted Government Ministry Home Inspectorate Commission Academy School Schools College Nursery Surgery Practice
  Centre Clinic Prison Operation Project Programme Scheme Pathway Protocol Procedure Procedures Strategy Review
  Reviews Report Reports Plan Plans Panel Conference Meeting Assessment Order Act Regulations Guidance Framework
  Barnardo Barnardo's NSPCC Childline Samaritans Refuge Women's Aid Action Children's Safeguarding Protection
`);

/** Places and buildings named after people are not people ("Victoria Park", "Florence House"). */
export const PLACE_WORDS = words(`
  Road Street Avenue Lane Close Drive Way Crescent Gardens Place Terrace Grove Rise Mews Row Walk Square Parade
  Park Station House Building Estate Valley Bridge Quay Wharf Centre Wing
`);

export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

export const CALENDAR_WORDS = words(`
  ${MONTH_NAMES.join(' ')} ${MONTH_ABBREVIATIONS.join(' ')} Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Eid Diwali Ramadan
  Spring Summer Autumn Winter Term Half-term Year Years Weekend Morning Afternoon Evening
`);

/** Words that start or join sentences and Title Case phrases ("After", "The", "At"), never a surname. */
export const FUNCTION_WORDS = words(`
  The A An And But Or Nor If When Whilst While Then Also However Although Though Because Since After Before During
  Until At In On Of To For From With Without By Into Onto Over Under Between About Around Across Through Within
  This That These Those Which Who Whom Whose What Where Why How Every Each Any All Some Both Neither Either No Not
  Our Your Their His Her Its My We They He She It I There Here As So Yet Than Only Even Just Later Earlier Next
`);

/** Second words that show a "Given Surname" pair is not a person. */
export const NOT_A_SURNAME: ReadonlySet<string> = new Set([
  ...RELATIONSHIP_WORDS,
  ...ROLE_WORDS,
  ...ORGANISATION_WORDS,
  ...PLACE_WORDS,
  ...CALENDAR_WORDS,
  ...FUNCTION_WORDS,
]);

/**
 * Leading words of the pseudonyms reviews use: "Child A", "Child AB", "Baby M", "Sibling 1",
 * "Parent 2", "Young Person C", "Adult B", "Practitioner 3", "School 2", "Agency 4". A pseudonym is
 * one of these followed by one or two capital letters or a number.
 */
export const PSEUDONYM_HEADS: readonly string[] = ['Child', 'Baby', 'Infant', 'Sibling', 'Parent', 'Young Person', 'Adult', 'Person', 'Practitioner', 'Professional', 'School', 'Nursery', 'Agency', 'Subject', 'Male', 'Female', 'Man', 'Woman', 'Mother', 'Father', 'Carer', 'Family', 'Household'];

/** Titles that turn the next capitalised word into a surname ("Mrs Smith", "Dr Patel"). */
export const PERSONAL_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];

/**
 * People named in national reviews, inquiries and the professional literature, whose names are
 * already public and are cited for learning ("the Child Safeguarding Practice Review Panel's national
 * review into the murders of Arthur Labinjo-Hughes and Star Hobson").
 */
export const PUBLISHED_NAMES: ReadonlySet<string> = new Set(
  [
    'Victoria Climbié', 'Victoria Climbie', 'Peter Connelly', 'Daniel Pelka', 'Khyra Ishaq', 'Hamzah Khan', 'Ellie Butler',
    'Arthur Labinjo-Hughes', 'Star Hobson', 'Logan Mwangi', 'Finley Boden', 'Sara Sharif', 'Maria Colwell',
    'Jasmine Beckford', 'Kimberley Carlile', 'Tyra Henry', 'Shannon Matthews', 'Holly Wells', 'Jessica Chapman',
    'Eileen Munro', 'Josh MacAlister', 'Annie Hudson', 'Alan Wood', 'Peter Sidebotham', 'Florence Nightingale', 'Mary Seacole',
  ].map((name) => name.toLowerCase()),
);

/** Words that are generic parts of a setting's name: "the Catholic Primary School" is not a named school. */
export const GENERIC_SETTING_WORDS = words(`
  The A An Local Primary Secondary Infant Infants Junior Juniors Senior High Grammar Community Special Pupil Referral
  Nursery Day Virtual Catholic Church England Free Middle Independent Village Town City County Private State New Old
  His Her Their Child's Children's Family Medical Health GP General Practice Previous Current Same Other Next First
  Second Third Mainstream Alternative Residential Boarding Specialist After Breakfast Holiday Summer Sunday Forest
  Home Hospital Further Education Sixth Form Technical Training Police Maintained Montessori Steiner Faith Language
  Supplementary Islamic Muslim Jewish Sikh Hindu Christian Secure Short-stay Voluntary Aided Controlled Authority Council
  Borough District Trust NHS University Workplace Army Military Service Services Hospital's Sure Start Multi FE
  Provision Studio Academy's School's
`);

/**
 * How named settings end ("Brookfield Academy", "St Mary's Primary School", "Elm Tree Surgery"),
 * longest first so "Primary School" wins over "School".
 */
export const SETTING_KINDS: readonly string[] = [
  'Primary School', 'Secondary School', 'High School', 'Grammar School', 'Infant School', 'Infants School', 'Junior School',
  'Nursery School', 'Special School', "Children's Centre", 'Family Centre', 'Family Hub', 'Medical Centre', 'Health Centre',
  'Medical Practice', 'Pre-School', 'Preschool', 'Playgroup', 'School', 'Academy', 'College', 'Nursery', 'Surgery',
];

/** "Brookfield Primary" is a school; "Integrated Primary Care" is not (see the rule). */
export const BARE_SETTING_KINDS: readonly string[] = ['Primary'];

/** How street names end ("12 Elm Road", "4a Mill Lane"). */
export const STREET_KINDS: readonly string[] = ['Road', 'Street', 'Avenue', 'Lane', 'Close', 'Drive', 'Way', 'Crescent', 'Gardens', 'Place', 'Court', 'Terrace', 'Grove', 'Rise', 'Mews', 'Row', 'Walk', 'Square', 'Parade', 'Hill', 'View', 'Rd', 'St', 'Ave'];

/** Street-kind phrases that are institutions, not addresses ("in 2023 Crown Court proceedings"). */
export const NOT_A_STREET_NAME = words(`Crown Family Magistrates Magistrates' Youth County High Supreme Coroner's Coroners Appeal Combined Civil Criminal Royal`);

/** Words before a number that make it something other than a house number ("Year 10 Drive", "Section 47 Court"). */
export const NUMBERED_THINGS = words(`
  Year Years Section Finding Findings Part Recommendation Recommendations Episode Episodes Paragraph Page Pages
  Chapter Appendix Annex Stage Level Phase Tier Table Figure Key Line Lines Week Weeks Day Days Month Months
  aged age ages Child Sibling Parent School Agency Practitioner Room Ward Bed Item Question Step Round No Number
  Version
`);
