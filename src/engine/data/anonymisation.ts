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
export { PSEUDONYM_HEADS } from '../text/pseudonyms';

/** Titles that turn the next capitalised word into a surname ("Mrs Smith", "Dr Patel"). */
export const PERSONAL_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];

/**
 * Children and adults whose cases national reviews and inquiries made public, cited for learning
 * ("the national review into the murders of Arthur Labinjo-Hughes and Star Hobson"). Silent where
 * the sentence cites them; the same words as a person acting in a draft are still a name.
 */
export const PUBLISHED_CASES: ReadonlySet<string> = new Set(
  [
    'Victoria Climbié', 'Victoria Climbie', 'Peter Connelly', 'Daniel Pelka', 'Khyra Ishaq', 'Hamzah Khan', 'Ellie Butler',
    'Arthur Labinjo-Hughes', 'Star Hobson', 'Logan Mwangi', 'Finley Boden', 'Sara Sharif', 'Maria Colwell',
    'Jasmine Beckford', 'Kimberley Carlile', 'Tyra Henry', 'Shannon Matthews', 'Holly Wells', 'Jessica Chapman',
  ].map((name) => name.toLowerCase()),
);

/** Authors of national reviews and the literature, and public figures of the profession: cited, never identifying. */
export const CITED_AUTHORITIES: ReadonlySet<string> = new Set(
  [
    'Eileen Munro', 'Professor Munro', 'Professor Eileen Munro', 'Josh MacAlister', 'Annie Hudson', 'Alan Wood', 'Sir Alan Wood',
    'Peter Sidebotham', 'Lord Laming', 'Marian Brandon', 'Brigid Daniel', 'Harry Ferguson', 'Florence Nightingale', 'Mary Seacole',
  ].map((name) => name.toLowerCase()),
);

/**
 * Places in England shaped like a given name and a surname ("Milton Keynes", "Sutton Coldfield"):
 * the one kind of place a name's shape cannot tell apart.
 */
export const PLACES_LIKE_NAMES: ReadonlySet<string> = new Set(
  [
    'Milton Keynes', 'Sutton Coldfield', 'Leighton Buzzard', 'Melton Mowbray', 'Newton Abbot', 'Newton Aycliffe', 'Wootton Bassett',
    'Bishop Auckland', 'Kirkby Lonsdale', 'Kirkby Stephen', 'Ashton Keynes', 'Burton Latimer', 'Sutton Courtenay', 'Norton Radstock',
    'Stanley Park', 'Preston Brook', 'Clayton West', 'Bradley Stoke', 'Chelsea Harbour', 'Shirley Warren',
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

/** Street kinds written before the name, as Welsh does ("Heol y Felin", "Ffordd Las", "Lôn Goch"). */
export const STREET_KINDS_FIRST: readonly string[] = ['Heol', 'Ffordd', 'Stryd', 'Lôn', 'Rhodfa', 'Cilgant', 'Teras', 'Llys'];

/** Street-kind phrases that are institutions, not addresses ("in 2023 Crown Court proceedings"). */
export const NOT_A_STREET_NAME = words(`Crown Family Magistrates Magistrates' Youth County High Supreme Coroner's Coroners Appeal Combined Civil Criminal Royal`);

/** Words before a number that make it something other than a house number ("Year 10 Drive", "Section 47 Court"). */
export const NUMBERED_THINGS = words(`
  Year Years Section Finding Findings Part Recommendation Recommendations Episode Episodes Paragraph Page Pages
  Chapter Appendix Annex Stage Level Phase Tier Table Figure Key Line Lines Week Weeks Day Days Month Months
  aged age ages Child Sibling Parent School Agency Practitioner Room Ward Bed Item Question Step Round No Number
  Version
`);

/**
 * More titles before a surname than PERSONAL_TITLES: honours, clergy, councillors and police ranks
 * ("Professor Munro", "DS Khan", "Detective Sergeant Jones"). A title followed by one or two
 * capitals is a pseudonym ("Mr A", "Ms AB").
 */
export const NAME_TITLES = words(`
  Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Revd Reverend Cllr Councillor PC DC DS DI DCI DCS
  Sgt Sergeant Inspector Constable Detective Judge HHJ PCSO Supt Insp Pastor Imam Rabbi Canon Nurse Matron
  Father Sister
`);

/**
 * Titles that are also the review's own pseudonyms or roles ("Father", "Sister", "Nurse"): a title
 * only before a capitalised word that could be a surname ("Father O'Connor", "Sister Okeke"), never
 * alone ("Father told the social worker") and never before a word a sentence could capitalise.
 */
export const ROLE_TITLES = words(`Father Sister Nurse Matron`);

/**
 * Small words inside a surname, written in lower case: "Pieter van der Berg", "Ana de la Cruz",
 * "Yusuf bin Rashid", "Dafydd ap Rhys". Between two capitalised words they join one name.
 */
export const NAME_PARTICLES = words(`van von der den de del della la le du da di dos das ter ten bin binti bint ibn ap al el`);

/**
 * Family names written first ("Zhang Xiuying", "Nguyen Thi Lan", "Li Wei"): the most common Chinese,
 * Vietnamese and Korean family names that are not also English words. Like a given name, one opens
 * a name when a capitalised word follows.
 */
export const FAMILY_NAMES_FIRST = words(`
  Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Duong Ngo Trinh Dinh Doan Luong
  Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Luo Gao Zheng Liang Xie Feng Deng Cao Peng Zeng Xiao Tian
  Dong Yuan Jiang Cai Jia Wei Xue Ye Yan Qian Cheung Wong Chan Leung Tsang Kwok Chow Yip Lau Ng Chiu
  Choi Kang Cho Yoon Jang Lim
`);

/**
 * Measures and containers: "a bottle of Jack Daniel's", "a packet of Rizla", "a course of Sertraline".
 * A capitalised name after one of these and "of" is a product, not a person.
 */
export const MEASURE_NOUNS = words(`
  bottle bottles can cans packet packets pack packs box boxes tin tins bag bags carton cartons glass glasses pint pints
  bar bars tube tubes jar jars sachet sachets dose doses course courses tablet tablets litre litres crate crates
`);

/**
 * Plural nouns that make the name before them a service or a brand ("Marie Curie nurses", "Macmillan
 * staff", "Women's Aid workers"): a person's name is not followed directly by these.
 */
export const ATTRIBUTIVE_NOUNS = words(`
  nurses staff workers volunteers services teams officers practitioners clinicians advisers advisors counsellors
  centres centers shops stores products programmes projects groups sessions helplines funds grants vouchers
`);

/**
 * Institution words that are also common surnames ("Sarah Hall", "Jo Green", "Tom Church"): only
 * a following institution word makes them part of an organisation's name. The others ("Ambulance",
 * "Hospice", "Infirmary") end an organisation's name wherever they stand.
 */
export const SURNAME_LIKE_INSTITUTION_WORDS = words(`
  Hall Green Gate Fields Lodge Cottage Farm Temple Chapel Church Post Manor Common Mission Line Club Bridge Park Station
  House Wing Valley Wharf Quay Street Lane Way Rise Grove Walk Row Parade Square Place Close Drive Gardens Crescent
  Terrace Mews Road Avenue Times Fund Homes Home Arena Library Centre Hub
`);

/** Capitalised words that end an organisation, service or place named after a person ("Grace Community Church"). */
export const INSTITUTION_WORDS = words(`
  Hospice Club Clubs Church Mosque Temple Gurdwara Synagogue Chapel Cathedral Hall Library Zoo Museum Theatre Cinema
  Stadium Arena Farm Cottage Lodge Manor Gate Green Common Fields Infirmary University Institute Association
  Alliance Federation Coalition Collective Company Ltd Limited Plc Group Housing Homes Home Shelter Aid Fund Futures
  Partnership Initiative Team Teams Line Helpline Academy Academies Primary School Nursery College Surgery Practice
  Centre Center Hub Hospital Clinic Trust Mission Army Fire Rescue Ambulance News Radio Times Post Mail Herald
`);

/**
 * Words that are never part of a personal name in a review: saints ("St Luke's"), nationalities,
 * faiths and languages, cartoon animals ("George Pig", "Mickey Mouse"), dog breeds ("King Charles
 * Spaniel") and the brands and games children talk about.
 */
export const NEVER_IN_A_NAME = words(`
  St Saint Saints English British Scottish Welsh Irish Polish Romanian Lithuanian Somali Eritrean Nigerian Ghanaian
  Pakistani Bangladeshi Indian Chinese Vietnamese Turkish Kurdish Arabic Urdu Punjabi Bengali Gujarati Tamil Roma
  Gypsy Traveller Muslim Christian Catholic Jewish Sikh Hindu Buddhist Islamic Orthodox Black White Asian African
  Caribbean European Mixed Albanian Afghan Syrian Iraqi Iranian Sudanese Ethiopian Zimbabwean Jamaican Congolese
  Ukrainian Russian Bulgarian Latvian Slovak Czech Hungarian Portuguese Spanish Italian French German Brazilian
  Filipino Nepali Yemeni Libyan Moroccan Algerian Egyptian Kenyan Ugandan Zambian Malawian Cameroonian Sri Lankan
  Pig Pigs Rabbit Mouse Duck Bunny Kitty Pony Frog Hedgehog Dinosaur Monkey Elephant
  Giraffe Panda Penguin Engine Patrol Builder Spaniel Terrier Retriever Shepherd Bulldog Bull Collie Poodle Labrador
  Rottweiler Husky Mastiff Pointer Setter Hound Whippet Greyhound Dachshund Chihuahua Pug Beagle Boxer Doberman
  Corso Bully Pitbull Staffie Staffy Sheepdog Cocker Springer Minecraft Roblox Fortnite YouTube TikTok Snapchat
  Instagram Facebook WhatsApp Netflix Xbox PlayStation Nintendo Disney Marvel Lego Pokemon Pokémon Barbie
  Google Amazon Tesco Asda Sainsbury's McDonald's KFC Monopoly Uno Bluey Peppa Elsa Sonic Mario Batman Superman
  Spider-Man Spiderman Ironman Avengers Frozen
  Focus Fiesta Corsa Astra Golf Polo Transit Qashqai Juke Clio Yaris Octavia Insignia Mondeo Kuga Sprinter Vito
  Zafira Passat Micra Sandero Picanto
`);

/**
 * Words that stand alone in brackets after a role label and are not a name ("Sibling 1 (Deceased)",
 * "Child B (Unborn)"): a single capitalised word in that place is otherwise read as the person's name.
 */
export const BRACKET_NOT_A_NAME = words(`
  Deceased Unborn Unknown Redacted Anonymised Withheld Subject Index Eldest Youngest Older Younger Elder Middle None
  Nil Pseudonym Surname Name Born Stillborn Adopted Adoptive Placed Absent Present Resident Nonresident Non-resident
  Yes No Tbc TBC Alive Missing Pregnant Twin Deaf Blind Disabled Autistic Nonverbal Non-verbal Premature Mute
  Asylum Unaccompanied Refugee Reception Primary Secondary Infants Juniors Sixth Toddler Newborn Teenage Teen
`);

/**
 * Generic words in the name of a place of worship or a club ("the local Baptist Church", "the
 * Youth Club", "Sunday Football Club"): a name made only of these names no particular one.
 */
export const GENERIC_COMMUNITY_WORDS = words(`
  Baptist Methodist Anglican Pentecostal Evangelical Catholic Roman Orthodox Parish United Reformed Free Elim Quaker
  Kingdom Gospel Christian Central Community Local Village Town City Youth Boys Girls Boys' Girls' Lads Junior Juniors
  Sunday Football Boxing Rugby Cricket Swimming Gymnastics Karate Judo Taekwondo Dance Drama Sports Sport Social
  Working Men's Athletic Amateur Church Mosque Temple Chapel Gurdwara Synagogue Mandir Madrasa Club FC AFC School
  Schools After Holiday Homework Breakfast Lunch Lunchtime Nurture Chess Book Reading Film Art Craft Cookery Science
  Computer Coding Music Choir Scouts Brownies Guides Cubs Beavers Rainbows Cadets Gaming Games Netball Basketball
  Tennis Golf Running Cycling Martial Arts Kickboxing MMA Fitness Gym Leisure Play Holiday Summer Easter Under Over
`);

/**
 * People a reviewer introduces by a noun before an appositive or "called" ("the health visitor,
 * Dana Whitfield,", "a man called"), lower-case as they appear in running text.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  [
    ...[...RELATIONSHIP_WORDS, ...ROLE_WORDS].map((word) => word.toLowerCase()),
    ...`man men woman women boy boys girl girls lad lads person people someone somebody adult male female mum dad gp
    visitor worker officer teacher nurse midwife paediatrician doctor consultant manager lead practitioner clinician
    headteacher neighbour friend partner boyfriend girlfriend ex-partner stepfather stepmother grandmother grandfather
    uncle aunt auntie cousin sister brother son daughter baby infant toddler teenager child he she they who her his
    their`.split(/\s+/),
  ].filter(Boolean),
);
